"""Open the history store for the window, off the UI thread."""

from __future__ import annotations

from coach.store import FlushResult, SqlStore, flush_pending, open_store


def open_history_store(url: str) -> tuple[SqlStore, FlushResult]:
    """The configured store (settings URL, `COACH_DATABASE_URL`, or the user data file),
    after replaying any attempts parked while the database was unavailable (attempts it
    refuses are moved aside and counted, so they never keep the store from opening)."""
    store = open_store(settings_url=url or None)
    return store, flush_pending(store)
