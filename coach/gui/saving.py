"""The practice window's store calls and what is said about them.

`StoreWriter` is `coach.practice.writes.WriteQueue` run on worker threads, its callbacks
delivered on the UI thread (and dropped once the window is gone): a database that another
program holds locked keeps a call waiting for the store's whole busy wait (15 s), and the
window must keep drawing meanwhile.

What the trainee is told about a submit or a replay is composed here too (`Notice`), so
the window shows one message per outcome, never "saved" for an attempt that is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from coach.gui.workers import run_in_background
from coach.practice.writes import DraftKey, Submitted, WriteQueue
from coach.store.pending import FlushResult
from coach.store.submission import Kept

__all__ = ["DraftKey", "Notice", "StoreWriter", "Submitted", "replay_notice", "submission_notice"]

NOTICE_MS = 8000
PROBLEM_MS = 0  # stays until the next message: the trainee must be able to read it


@dataclass(frozen=True)
class Notice:
    """One message for the status bar; `problem` ones are also shown in a dialog."""

    text: str
    problem: bool = False

    @property
    def timeout_ms(self) -> int:
        return PROBLEM_MS if self.problem else NOTICE_MS


class StoreWriter(WriteQueue):
    """The window's store calls, in order, on worker threads (see `WriteQueue`);
    callbacks arrive on the UI thread unless `owner` was deleted meanwhile."""

    def __init__(self, owner: QObject) -> None:
        def run(
            work: Callable[[], Any],
            on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None],
        ) -> None:
            run_in_background(work, on_done, on_error, owner=owner)

        super().__init__(run)


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
