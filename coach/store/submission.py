"""A submitted attempt, committed or kept on disk: `submit_attempt` says which, and why.

The rule the practice window (and anything else that records attempts) relies on: when
`submit_attempt` returns, the attempt is either in the database (`STORED`), or in a file
that a later start replays (`PARKED`), or in a file kept for a human because the
database refuses it (`REJECTED`); only `UNSAVED` means the caller holds the only copy and
must keep it (in the editor, as a draft). Nothing may say "saved" before this returns.

No SQLAlchemy here (only `pending.py`), so the window can import it at start-up; it runs
on a worker thread, since a locked database keeps `record_attempt` waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from coach.errors import CoachError
from coach.store.api import AttemptStore, NewAttempt
from coach.store.errors import StoreError
from coach.store.pending import (
    FlushResult,
    flush_pending,
    is_refusal,
    new_token,
    park_attempt,
    pending_files,
    reject_attempt,
)


class Kept(StrEnum):
    """Where a submitted attempt is now."""

    STORED = "stored"  # committed to the database
    PARKED = "parked"  # in the pending folder; replayed when the database is back
    REJECTED = "rejected"  # refused by the database; kept in the rejected folder
    UNSAVED = "unsaved"  # nowhere but in the caller's hands


@dataclass(frozen=True)
class Submission:
    """What became of one submitted attempt.

    `error` says why it was not stored (None when it was); `path` is the parked or
    rejected file; `replay` is what replaying earlier parked attempts did after this one
    was stored (None when there was nothing to replay).
    """

    kept: Kept
    error: CoachError | None = None
    path: Path | None = None
    replay: FlushResult | None = None


def submit_attempt(
    store: AttemptStore | None,
    attempt: NewAttempt,
    *,
    unavailable: CoachError | None = None,
    pending: Path | None = None,
) -> Submission:
    """Store the attempt, or keep it on disk; never raises for a database or disk problem.

    `store` None means the database is not open (`unavailable`: why, if known): the
    attempt is parked. After a commit, attempts parked earlier are replayed too, since
    the database is evidently back.
    """
    token = new_token()
    if store is None:
        reason = unavailable or StoreError("The history database is not open yet.")
        return _park(attempt, token, reason, pending)
    try:
        store.record_attempt(attempt, token=token)
    except CoachError as exc:
        if is_refusal(exc):
            return _reject(attempt, token, exc, pending)
        return _park(attempt, token, exc, pending)
    replay = None
    if pending_files(pending):
        replay = flush_pending(store, pending)
    return Submission(Kept.STORED, replay=replay)


def _park(attempt: NewAttempt, token: str, error: CoachError, pending: Path | None) -> Submission:
    # The same token as the try: if its COMMIT did land after all, the replay is a no-op.
    try:
        path = park_attempt(attempt, pending, token=token)
    except StoreError as exc:
        return Submission(Kept.UNSAVED, StoreError(f"{error} {exc}"))
    return Submission(Kept.PARKED, error, path)


def _reject(attempt: NewAttempt, token: str, error: CoachError, pending: Path | None) -> Submission:
    try:
        path = reject_attempt(attempt, str(error), pending, token=token)
    except StoreError as exc:
        return Submission(Kept.UNSAVED, StoreError(f"{error} {exc}"))
    return Submission(Kept.REJECTED, error, path)
