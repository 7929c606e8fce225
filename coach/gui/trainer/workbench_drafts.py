"""Unsaved workbench buffers kept on disk, so closing the window or the app (or a crash)
loses no typing: the next time that file (or a new scenario) is opened, the workbench
offers the draft back.

One JSON file per scenario file in `<data dir>/workbench-drafts/`, named by a hash of the
file's resolved path (a new, never-saved scenario has one slot of its own). The file
records the path it belongs to, so a hash clash or a stale file is never offered for the
wrong scenario. Each draft replaces the last one atomically: a crash mid-write leaves the
previous draft, not half of one. No Qt here: the tab decides when to save and ask.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from coach.atomic_output import atomic_output
from coach.content.library import resolved_path
from coach.errors import CoachError
from coach.store.locations import data_dir

log = logging.getLogger(__name__)

DRAFTS_DIR = "workbench-drafts"
# The key of a scenario that has no file yet.
NEW_SCENARIO = "<new scenario>"


class WorkbenchDrafts:
    """Drafts of workbench buffers under `folder` (default: the user's data folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_dir() / DRAFTS_DIR

    def save(self, path: Path | None, text: str) -> bool:
        """Keep `text` as the draft of `path` (None: a new scenario). False when it could
        not be written: a full disk or a read-only data folder is logged, not raised,
        because the trainer's buffer is still in the editor and can be saved."""
        record = {"source": _key(path), "text": text}
        target = self._file(path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(target) as handle:
                json.dump(record, handle, ensure_ascii=False)
        except (CoachError, OSError) as exc:
            log.warning("workbench draft not kept: %s", exc)
            return False
        return True

    def load(self, path: Path | None) -> str | None:
        """The kept draft of `path`, or None (none kept, unreadable, or another file's)."""
        target = self._file(path)
        try:
            record = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            log.warning("workbench draft %s unreadable: %s", target, exc)
            return None
        if not isinstance(record, dict) or record.get("source") != _key(path):
            return None
        text = record.get("text")
        return text if isinstance(text, str) else None

    def clear(self, path: Path | None) -> None:
        try:
            self._file(path).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("workbench draft not removed: %s", exc)

    def _file(self, path: Path | None) -> Path:
        digest = hashlib.sha256(_key(path).encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{digest}.json"


def _key(path: Path | None) -> str:
    return NEW_SCENARIO if path is None else str(resolved_path(path))
