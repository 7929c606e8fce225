"""Open the history store for the window, off the UI thread."""

from __future__ import annotations

from coach.store import FlushResult, SqlStore, flush_pending, open_store
from coach.store.engine import resolve_url
from coach.store.locations import default_database_path


def open_history_store(url: str) -> tuple[SqlStore, FlushResult]:
    """The configured store (settings URL, `COACH_DATABASE_URL`, or the user data file),
    after replaying any attempts parked while the database was unavailable (attempts it
    refuses are moved aside and counted, so they never keep the store from opening)."""
    store = open_store(settings_url=url or None)
    return store, flush_pending(store)


def uses_a_server(url: str) -> bool:
    """Whether the configured history database is a server (not a file here)."""
    try:
        resolved = resolve_url(settings_url=url or None)
    except Exception:  # a URL that cannot even be read: not known to be a server
        return False
    return not resolved.startswith("sqlite")


def open_local_drafts() -> SqlStore:
    """The database file in the user's data folder, for drafts while the team's server
    cannot be used (the window keeps attempts parked on disk meanwhile)."""
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqlStore(f"sqlite+pysqlite:///{path}")
