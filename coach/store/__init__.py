"""History database: attempts, reviews and drafts (no Qt).

`SqlStore` is the entry point; the other names are what its methods take and return.
Names are imported on first use: `coach.store.api` (what the practice window needs at
start-up) must not pull in SQLAlchemy, which costs ~0.4 s before the window could show.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.store.api import AttemptStore, AttemptSummary, NewAttempt
    from coach.store.errors import StoreError
    from coach.store.history import HistoryFilter, Order, StoredAttempt
    from coach.store.pending import (
        FlushResult,
        flush_pending,
        new_token,
        park_attempt,
        pending_files,
    )
    from coach.store.rescore import RescoreSummary
    from coach.store.reviews import Review
    from coach.store.sql_store import SqlStore, open_store

_HOMES = {
    "AttemptStore": "api",
    "AttemptSummary": "api",
    "NewAttempt": "api",
    "StoreError": "errors",
    "HistoryFilter": "history",
    "Order": "history",
    "StoredAttempt": "history",
    "FlushResult": "pending",
    "flush_pending": "pending",
    "new_token": "pending",
    "park_attempt": "pending",
    "pending_files": "pending",
    "RescoreSummary": "rescore",
    "Review": "reviews",
    "SqlStore": "sql_store",
    "open_store": "sql_store",
}

__all__ = [
    "AttemptStore",
    "AttemptSummary",
    "FlushResult",
    "HistoryFilter",
    "NewAttempt",
    "Order",
    "RescoreSummary",
    "Review",
    "SqlStore",
    "StoreError",
    "StoredAttempt",
    "flush_pending",
    "new_token",
    "open_store",
    "park_attempt",
    "pending_files",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'coach.store' has no attribute {name!r}")
    value = getattr(import_module(f"coach.store.{home}"), name)
    globals()[name] = value
    return value
