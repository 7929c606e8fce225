"""Attempts parked on disk when the database could not take them, and replaying them later.

When `record_attempt` raises `StoreError` (database locked for too long, server down,
disk problem on a network share), the practice window calls `park_attempt` and tells the
trainee their reply is safe; `flush_pending(store)` (at start-up, or after the next
successful submit) records them and removes each file once its commit returned.

The safe submit, in full (a lost connection during COMMIT leaves it unknown whether the
attempt was stored; the shared token makes the replay a no-op if it was):

    token = new_token()
    try:
        store.record_attempt(attempt, token=token)
    except StoreError:
        park_attempt(attempt, token=token)

One small JSON file per attempt rather than one shared append-only file: two app
instances may park and flush at the same time, and a per-attempt file is written
atomically (temporary file, fsync, rename) and removed only after its own commit, so no
interleaving of writers, flushers or crashes can lose or tear one. A crash between a
commit and the removal replays the file next time; the attempt's token makes that
replay a no-op, so nothing is recorded twice.

A parked attempt the database refuses (a `RefusedError`: a value it cannot hold; or a
`UsageError`: no trainee name) would be refused at every start, and, retried first,
would hold up every attempt parked after it. It is moved to the rejected folder beside
the pending one (`rejected-attempts/`, with a `.reason.txt` saying why), counted in the
`FlushResult` for the window to show, and the replay goes on with the next file. Only a
database that is unavailable (any other `StoreError`) stops the replay, to resume later.

No SQLAlchemy here: the practice window parks attempts while the store is still opening.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Protocol

from coach.errors import CoachError
from coach.scoring.report import ScoreReport
from coach.store.api import NewAttempt
from coach.store.errors import RefusedError, StoreError
from coach.store.locations import REJECTED_DIR, default_pending_dir

log = logging.getLogger(__name__)

FORMAT: Final = 1
SUFFIX: Final = ".json"
DAMAGED_SUFFIX: Final = ".damaged"
REASON_SUFFIX: Final = ".reason.txt"


class _Recorder(Protocol):
    def record_attempt(
        self, attempt: NewAttempt, *, token: str | None = None, created_at: datetime | None = None
    ) -> int: ...


@dataclass(frozen=True)
class FlushResult:
    """What a replay did: `recorded` now stored, `remaining` still parked (the database
    failed: `error`), `damaged` unreadable files kept as `*.damaged`, and `rejected`
    attempts the database refused, moved to `rejected_dir` (`reasons`: why, one each)."""

    recorded: int
    remaining: int
    damaged: int
    error: StoreError | None = None
    rejected: int = 0
    rejected_dir: Path | None = None
    reasons: tuple[str, ...] = ()


def new_token() -> str:
    """A fresh idempotency token for `record_attempt` and `park_attempt`."""
    return uuid.uuid4().hex


def rejected_dir(pending: Path | None = None) -> Path:
    """Where refused attempts are kept: beside the pending folder, never replayed."""
    return (pending or default_pending_dir()).parent / REJECTED_DIR


def is_refusal(exc: BaseException) -> bool:
    """Whether recording failed because of the attempt itself, so retrying cannot help.

    A `RefusedError` (a value the database cannot hold) or another `CoachError` that is
    not a `StoreError` (the store's own checks: a trainee name is needed...); any other
    `StoreError` means the database is unavailable for now.
    """
    return isinstance(exc, RefusedError) or (
        isinstance(exc, CoachError) and not isinstance(exc, StoreError)
    )


def park_attempt(
    attempt: NewAttempt, folder: Path | None = None, *, token: str | None = None
) -> Path:
    """Write the attempt to the pending folder, durably; return the file's path.

    Raises `StoreError` when even that fails (disk full, folder not writable); the caller
    still holds the text and must keep it in the window.
    """
    folder = folder or default_pending_dir()
    submitted = datetime.now(UTC)
    token = token or new_token()
    record = {
        "format": FORMAT,
        "token": token,
        "submitted_at": submitted.isoformat(),
        "attempt": {**asdict(attempt), "report": attempt.report.to_dict()},
    }
    # Sortable by submission time, so replay keeps the trainee's order.
    final = folder / f"{submitted.strftime('%Y%m%dT%H%M%S%f')}-{token}{SUFFIX}"
    temporary = final.with_suffix(".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, final)
        _sync_folder(folder)
    except OSError as exc:
        # A full disk fails the write or the fsync: leave no empty or torn file behind.
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise StoreError(
            f"Could not keep the attempt in {folder} either ({exc.strerror}); "
            "copy your reply somewhere safe."
        ) from exc
    return final


def reject_attempt(
    attempt: NewAttempt, reason: str, pending: Path | None = None, *, token: str | None = None
) -> Path:
    """Keep an attempt the database refused in the rejected folder, with the reason beside
    it; return its path. Raises `StoreError` when even that cannot be written."""
    path = park_attempt(attempt, rejected_dir(pending), token=token)
    _write_reason(path, reason)
    return path


def pending_files(folder: Path | None = None) -> list[Path]:
    folder = folder or default_pending_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX)


def flush_pending(store: _Recorder, folder: Path | None = None) -> FlushResult:
    """Record every parked attempt, oldest first; stop at the first database error.

    Never raises for one file: a file that cannot be read back is renamed to `*.damaged`,
    an attempt the database refuses goes to the rejected folder (both kept for a human,
    never deleted, and counted), and the replay goes on. Only an unavailable database
    stops it (`error`, `remaining`).
    """
    recorded = damaged = 0
    reasons: list[str] = []
    files = pending_files(folder)
    for index, path in enumerate(files):
        try:
            token, submitted, attempt = _load(path)
        except FileNotFoundError:
            continue  # another replay (a second window, the start-up one) took it
        except (OSError, ValueError, KeyError, TypeError):
            damaged += 1
            with suppress(OSError):  # if it stays in place, it is counted again next time
                path.rename(path.with_name(path.name + DAMAGED_SUFFIX))
            continue
        try:
            store.record_attempt(attempt, token=token, created_at=submitted)
        except StoreError as exc:
            if not is_refusal(exc):
                return _result(recorded, len(files) - index, damaged, reasons, folder, exc)
            reason = str(exc)
        except CoachError as exc:
            reason = str(exc)
        except Exception as exc:
            # Not an outage and not one of the store's checks: a value of a shape nobody
            # foresaw, or a bug. Retrying it first at every start would block the queue
            # for good, so it is set aside like a refusal, and logged as the bug it may be.
            log.error("parked attempt %s could not be replayed", path.name, exc_info=exc)
            reason = f"unexpected error: {exc!r}"
        else:
            path.unlink(missing_ok=True)
            recorded += 1
            continue
        _move_aside(path, reason, folder)
        reasons.append(reason)
    return _result(recorded, 0, damaged, reasons, folder, None)


def _result(
    recorded: int,
    remaining: int,
    damaged: int,
    reasons: list[str],
    folder: Path | None,
    error: StoreError | None,
) -> FlushResult:
    where = rejected_dir(folder) if reasons else None
    return FlushResult(recorded, remaining, damaged, error, len(reasons), where, tuple(reasons))


def _move_aside(path: Path, reason: str, folder: Path | None) -> None:
    """Move a refused file to the rejected folder; failing that, rename it in place so
    it is no longer replayed. Either way it is kept."""
    target = rejected_dir(folder) / path.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
    except OSError:
        target = path.with_name(path.name + ".rejected")
        try:
            os.replace(path, target)
        except OSError:
            log.warning("could not move the refused attempt %s aside", path)
            return
    _write_reason(target, reason)


def _write_reason(path: Path, reason: str) -> None:
    with suppress(OSError):  # the attempt itself is kept; the note is a courtesy
        path.with_name(path.name + REASON_SUFFIX).write_text(reason + "\n", encoding="utf-8")


def _load(path: Path) -> tuple[str, datetime, NewAttempt]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"unknown pending format {data.get('format')!r}")
    fields = dict(data["attempt"])
    fields["report"] = ScoreReport.from_dict(fields["report"])
    return str(data["token"]), datetime.fromisoformat(data["submitted_at"]), NewAttempt(**fields)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
