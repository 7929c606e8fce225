"""A practice window's store work: one call at a time, in the order asked, never lost.

One at a time and in order because two draft saves running side by side could commit
the older text last, a submit's "clear the draft" must come after every draft save asked
before it, and a draft read must see every save asked before it. A draft save still
waiting in the queue saves the latest text for its key when it starts, so a burst of
saves of one draft costs one write.

Until a draft save has committed, its text is held here (`unsaved_draft`), so reopening
that scenario meanwhile (or after the save failed) shows what was typed, not the older
draft the database still has.

Where the calls run is the caller's choice (`Runner`): the GUI passes one that runs them
on a worker thread and calls back on the UI thread; tests pass one that runs them at once.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coach.errors import CoachError
from coach.store.api import AttemptStore, NewAttempt
from coach.store.submission import Kept, Submission, submit_attempt

log = logging.getLogger(__name__)

DraftKey = tuple[str, str, int]
"""(trainee, scenario id, turn): what a draft is saved under."""

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]
"""`run(work, on_done, on_error)`: run `work()` somewhere, then `on_done(result)` or
`on_error(exc)` where the caller expects its callbacks (the UI thread, say)."""


@dataclass(frozen=True)
class Submitted:
    """A submit's outcome as the window needs it: where the attempt is, and the trainee's
    best scores after it (None unless stored and readable)."""

    submission: Submission
    best: dict[str, float] | None = None


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    draft: DraftKey | None = None  # a draft save: `work` is built when it starts
    store: AttemptStore | None = None  # the draft's store


class WriteQueue:
    """Runs store calls in order through `run`, one at a time (see the module notes).

    Each callback comes after its own call is done. `finish` runs whatever is still
    queued on the calling thread, for a window that is closing.
    """

    def __init__(self, run: Runner) -> None:
        self._run = run
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
        """Nothing running or queued: every call asked for has finished."""
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
        """Read the draft of `key`, after every call asked before it.

        Text typed here that the database does not have yet wins and is given at once
        (`on_done` is called before this returns): it is newer than any stored draft.
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

        self._queue.append(
            _Job(lambda: submit_and_read_best(store, attempt, key, unavailable), done, failed)
        )
        self._start_next()

    def finish(self, timeout_s: float = 30.0) -> None:
        """For a closing window: wait for the running call, then do the queued ones here.

        Blocks the calling thread; the runner cannot be used because its callbacks may
        need an event loop that is ending.
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
        return (lambda: write_draft(store, key, text)), text

    def _queued(self, key: DraftKey) -> bool:
        return any(job.draft == key for job in self._queue)

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
                key = job.draft
                if key is not None and self._unsaved.get(key) == text and not self._queued(key):
                    # Saved, and nothing newer was typed. With another save of this draft
                    # queued, the text stays: that save takes it when it starts (without
                    # it, it would save "" and so clear the draft just saved).
                    del self._unsaved[key]
                job.on_done(result)
            finally:
                self._start_next()

        def failed(exc: BaseException) -> None:
            self._running = None
            try:
                job.on_error(exc)
            finally:
                self._start_next()

        self._run(run, done, failed)


def write_draft(store: AttemptStore, key: DraftKey, text: str) -> None:
    """Save the draft of `key`, or clear it when `text` is blank."""
    trainee, scenario_id, turn = key
    if text.strip():
        store.save_draft(trainee, scenario_id, turn, text)
    else:
        store.clear_draft(trainee, scenario_id, turn)


def submit_and_read_best(
    store: AttemptStore | None,
    attempt: NewAttempt,
    key: DraftKey,
    unavailable: CoachError | None,
) -> Submitted:
    """The submit in full (slow: run it off the UI thread): store or park the attempt,
    clear its draft, read the trainee's best scores. Raises only for bugs."""
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
