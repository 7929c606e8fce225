"""Open the history store for the window, off the UI thread."""

from __future__ import annotations

from coach.store import SqlStore, flush_pending, open_store


def open_history_store(url: str) -> tuple[SqlStore, int]:
    """The configured store (settings URL, `COACH_DATABASE_URL`, or the user data file),
    after replaying any attempts parked while the database was unavailable."""
    store = open_store(settings_url=url or None)
    replayed = flush_pending(store)
    return store, replayed.recorded
