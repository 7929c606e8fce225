"""History database: attempts, reviews and drafts (no Qt).

`SqlStore` is the entry point; the other names are what its methods take and return.
"""

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
