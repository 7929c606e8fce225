"""Open the history store for the window (None until the store layer is available)."""

from __future__ import annotations

from coach.store.api import AttemptStore


def open_store(url: str) -> AttemptStore | None:
    """The configured store, or None when the store cannot be opened."""
    try:
        from coach.store import open_store as _open  # type: ignore[attr-defined]  # noqa: PLC0415
    except ImportError:
        return None
    store: AttemptStore = _open(url or None)
    return store
