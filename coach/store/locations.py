"""Where the store keeps its files by default: the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

import platformdirs

DATA_DIR_ENV: Final = "COACH_DATA_DIR"
# The same names as the GUI's QSettings("ReplyCoach", "ReplyCoach").
APP_NAME: Final = "ReplyCoach"
DATABASE_FILE: Final = "coach.sqlite3"
PENDING_DIR: Final = "pending-attempts"
REJECTED_DIR: Final = "rejected-attempts"
"""Beside `PENDING_DIR`: parked attempts the database refused, kept for a human."""


def data_dir() -> Path:
    """The per-user data folder (`COACH_DATA_DIR` overrides it for deployments and tests)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def default_pending_dir() -> Path:
    return data_dir() / PENDING_DIR
