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
"""

from __future__ import annotations

import json
import os
import uuid
from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Protocol

from coach.scoring.report import ScoreReport
from coach.store.api import NewAttempt
from coach.store.errors import StoreError
from coach.store.locations import default_pending_dir
from coach.store.schema import utc_now

FORMAT: Final = 1
SUFFIX: Final = ".json"
DAMAGED_SUFFIX: Final = ".damaged"


class _Recorder(Protocol):
    def record_attempt(
        self, attempt: NewAttempt, *, token: str | None = None, created_at: datetime | None = None
    ) -> int: ...


@dataclass(frozen=True)
class FlushResult:
    recorded: int
    remaining: int
    damaged: int
    error: StoreError | None = None


def new_token() -> str:
    """A fresh idempotency token for `record_attempt` and `park_attempt`."""
    return uuid.uuid4().hex


def park_attempt(
    attempt: NewAttempt, folder: Path | None = None, *, token: str | None = None
) -> Path:
    """Write the attempt to the pending folder, durably; return the file's path.

    Raises `StoreError` when even that fails (disk full, folder not writable); the caller
    still holds the text and must keep it in the window.
    """
    folder = folder or default_pending_dir()
    submitted = utc_now()
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
        raise StoreError(
            f"Could not keep the attempt in {folder} either ({exc.strerror}); "
            "copy your reply somewhere safe."
        ) from exc
    return final


def pending_files(folder: Path | None = None) -> list[Path]:
    folder = folder or default_pending_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX)


def flush_pending(store: _Recorder, folder: Path | None = None) -> FlushResult:
    """Record every parked attempt, oldest first; stop at the first database error.

    A file that cannot be read back is renamed to `*.damaged` (kept for a human, never
    deleted) and counted.
    """
    recorded = damaged = 0
    files = pending_files(folder)
    for index, path in enumerate(files):
        try:
            token, submitted, attempt = _load(path)
        except (OSError, ValueError, KeyError, TypeError):
            damaged += 1
            with suppress(OSError):  # if it stays in place, it is counted again next time
                path.rename(path.with_name(path.name + DAMAGED_SUFFIX))
            continue
        try:
            store.record_attempt(attempt, token=token, created_at=submitted)
        except StoreError as exc:
            return FlushResult(recorded, len(files) - index, damaged, exc)
        path.unlink(missing_ok=True)
        recorded += 1
    return FlushResult(recorded, 0, damaged)


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
