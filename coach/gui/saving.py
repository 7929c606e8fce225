"""The practice window's writes to the store (and its draft reads): off the UI thread,
one at a time, in order.

Off the UI thread because a database that another program holds locked keeps a write
waiting for the store's whole busy wait (15 s) before it gives up: the window must keep
drawing meanwhile. One at a time and in the order asked because two draft saves running
side by side could commit the older text last, and a submit's "clear the draft" must come
after every draft save asked before it. A draft save still waiting in the queue saves the
latest text for its key when it starts, so a burst of saves of one draft costs one write.

A draft read joins the same queue, so it sees every save asked before it.

Until a draft save has committed, its text is held here (`unsaved_draft`), so reopening
that scenario meanwhile (or after the save failed) shows what was typed, not the older
draft the database still has.

What the trainee is told about a submit or a replay is composed here too (`Notice`), so
the window shows one message per outcome, never "saved" for an attempt that is not.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from coach.errors import CoachError
from coach.gui.workers import run_in_background
from coach.store.api import AttemptStore, NewAttempt
from coach.store.pending import FlushResult
from coach.store.submission import Kept, Submission, submit_attempt

log = logging.getLogger(__name__)

DraftKey = tuple[str, str, int]
"""(trainee, scenario id, turn): what a draft is saved under."""

NOTICE_MS = 8000
PROBLEM_MS = 0  # stays until the next message: the trainee must be able to read it


@dataclass(frozen=True)
class Submitted:
    """A submit's outcome as the window needs it: where the attempt is, and the trainee's
    best scores after it (None unless stored and readable)."""

    submission: Submission
    best: dict[str, float] | None = None


@dataclass(frozen=True)
class Notice:
    """One message for the status bar; `problem` ones are also shown in a dialog."""

    text: str
    problem: bool = False

    @property
    def timeout_ms(self) -> int:
        return PROBLEM_MS if self.problem else NOTICE_MS


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    draft: DraftKey | None = None  # a draft save: `work` is built when it starts
    store: AttemptStore | None = None  # the draft's store


class StoreWriter:
    """Runs the window's store writes in order on worker threads (see the module notes).

    Callbacks arrive on the UI thread, each after its own write is done. `finish` runs
    whatever is still queued, for a window that is closing.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._queue: deque[_Job] = deque()
        self._running: _Job | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._unsaved: dict[DraftKey, str] = {}
        self._submits = 0

    @property
    def submitting(self) -> bool:
        """A submit is queued or running: its outcome has not arrived yet."""
        return self._submits > 0

    @property
    def idle(self) -> bool:
        """Nothing running or queued: every write asked for has finished."""
        return self._running is None and not self._queue

    def unsaved_draft(self, key: DraftKey) -> str | None:
        """Text typed for `key` that the database does not have yet, if any."""
        return self._unsaved.get(key)

    def save_draft(
        self,
        store: AttemptStore,
        key: DraftKey,
        text: str,
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Save (or, for blank text, clear) the draft of `key`; `on_error` if that fails."""
        self._unsaved[key] = text
        for job in self._queue:
            if job.draft == key:  # the queued save will take this text when it starts
                job.store = store
                return
        self._queue.append(_Job(lambda: None, lambda _r: None, on_error, draft=key, store=store))
        self._start_next()

    def load_draft(
        self,
        store: AttemptStore,
        key: DraftKey,
        on_done: Callable[[str | None], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Read the draft of `key` on a worker thread, after every write asked before it.

        Text typed here that the database does not have yet wins and is given at once
        (`on_done` is called before this returns): it is newer than any stored draft.
        In the queue with the writes so a read never overtakes a save of the same draft.
        """
        unsaved = self._unsaved.get(key)
        if unsaved is not None:
            on_done(unsaved)
            return
        trainee, scenario_id, turn = key

        def done(stored: str | None) -> None:
            unsaved = self._unsaved.get(key)  # typed meanwhile: newer than the read
            on_done(stored if unsaved is None else unsaved)

        self._queue.append(
            _Job(lambda: store.load_draft(trainee, scenario_id, turn), done, on_error)
        )
        self._start_next()

    def submit(
        self,
        store: AttemptStore | None,
        attempt: NewAttempt,
        key: DraftKey,
        unavailable: CoachError | None,
        on_done: Callable[[Submitted], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Store the attempt or keep it on disk (`submit_attempt`), then clear its draft."""
        self._submits += 1

        def done(result: Submitted) -> None:
            self._submits -= 1
            if result.submission.kept in (Kept.STORED, Kept.PARKED):
                self._unsaved.pop(key, None)  # submitted: no longer a draft to restore
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._submits -= 1
            on_error(exc)

        self._queue.append(_Job(lambda: _submit(store, attempt, key, unavailable), done, failed))
        self._start_next()

    def finish(self, timeout_s: float = 30.0) -> None:
        """For a closing window: wait for the running write, then do the queued ones here.

        Blocks the UI thread, which is about to go; the worker-thread path cannot be used
        because its callbacks need the event loop that is ending.
        """
        if not self._idle.wait(timeout_s):
            log.warning("a store write was still running when the window closed")
        while self._queue:
            work, _text = self._prepare(self._queue.popleft())
            try:
                work()
            except CoachError as exc:
                log.warning("not saved while closing: %s", exc)
            except Exception:
                log.exception("store write failed while closing")

    # ------------------------------------------------------------------ internals

    def _prepare(self, job: _Job) -> tuple[Callable[[], Any], str | None]:
        """The job's work, and for a draft save the text it saves (the latest typed)."""
        key, store = job.draft, job.store
        if key is None or store is None:
            return job.work, None
        text = self._unsaved.get(key, "")
        return (lambda: _write_draft(store, key, text)), text

    def _start_next(self) -> None:
        if self._running is not None or not self._queue:
            return
        job = self._running = self._queue.popleft()
        work, text = self._prepare(job)
        idle = self._idle
        idle.clear()

        def run() -> Any:
            try:
                return work()
            finally:
                idle.set()

        def done(result: Any) -> None:
            self._running = None
            try:
                if job.draft is not None and self._unsaved.get(job.draft) == text:
                    del self._unsaved[job.draft]  # saved, and nothing newer was typed
                job.on_done(result)
            finally:
                self._start_next()

        def failed(exc: BaseException) -> None:
            self._running = None
            try:
                job.on_error(exc)
            finally:
                self._start_next()

        run_in_background(run, done, failed, owner=self._owner)


def _write_draft(store: AttemptStore, key: DraftKey, text: str) -> None:
    trainee, scenario_id, turn = key
    if text.strip():
        store.save_draft(trainee, scenario_id, turn, text)
    else:
        store.clear_draft(trainee, scenario_id, turn)


def _submit(
    store: AttemptStore | None,
    attempt: NewAttempt,
    key: DraftKey,
    unavailable: CoachError | None,
) -> Submitted:
    """Worker thread: the submit in full. Raises only for bugs."""
    submission = submit_attempt(store, attempt, unavailable=unavailable)
    if store is None or submission.kept is not Kept.STORED:
        return Submitted(submission)
    trainee, scenario_id, turn = key
    try:
        store.clear_draft(trainee, scenario_id, turn)
    except CoachError as exc:  # the attempt is stored; a stale draft only reappears
        log.warning("draft not cleared after a submit: %s", exc)
    try:
        best = store.best_scores(trainee)
    except CoachError as exc:
        log.warning("best scores not read after a submit: %s", exc)
        best = None
    return Submitted(submission, best)


# ---------------------------------------------------------------------- what is said


def submission_notice(submitted: Submitted) -> Notice:
    """The one message for a submit: saved, kept on disk for later, or not saved (why)."""
    submission = submitted.submission
    error = _sentence(submission.error)
    if submission.kept is Kept.STORED:
        parts = [QCoreApplication.translate("saving", "Attempt saved.")]
        if submission.replay is not None:
            replayed = replay_notice(submission.replay)
            if replayed is not None:
                parts.append(replayed.text)
                return Notice(" ".join(parts), replayed.problem)
        return Notice(" ".join(parts))
    if submission.kept is Kept.PARKED:
        return Notice(
            QCoreApplication.translate(
                "saving",
                "Not saved to the history database yet: {error} The attempt is kept on this "
                "computer and will be saved when the database is available.",
            ).format(error=error)
        )
    if submission.kept is Kept.REJECTED:
        return Notice(
            QCoreApplication.translate(
                "saving",
                "The attempt could not be saved: {error} A copy is kept in {path}; your "
                "reply is still in the editor.",
            ).format(error=error, path=submission.path),
            problem=True,
        )
    return Notice(
        QCoreApplication.translate(
            "saving",
            "The attempt could not be saved: {error} Your reply is still in the editor; "
            "copy it somewhere safe.",
        ).format(error=error),
        problem=True,
    )


def replay_notice(replay: FlushResult) -> Notice | None:
    """What replaying parked attempts did, or None if there is nothing to say."""
    parts: list[str] = []
    if replay.recorded:
        parts.append(
            QCoreApplication.translate(
                "saving", "{n} attempts saved while the database was unavailable are now recorded."
            ).format(n=replay.recorded)
        )
    if replay.rejected:
        parts.append(
            QCoreApplication.translate(
                "saving",
                "{n} kept attempts could not be saved and were moved to {folder}: {reason}",
            ).format(n=replay.rejected, folder=replay.rejected_dir, reason=replay.reasons[0])
        )
    if replay.damaged:
        parts.append(
            QCoreApplication.translate(
                "saving",
                "{n} kept attempt files could not be read; they stay in the pending folder "
                "as *.damaged.",
            ).format(n=replay.damaged)
        )
    if not parts:
        return None
    return Notice(" ".join(parts), problem=bool(replay.rejected or replay.damaged))


def _sentence(error: BaseException | None) -> str:
    """The error's message ending like a sentence (the store's own checks end bare)."""
    text = str(error or "").strip()
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."
