"""Where bundled content lives, independent of the current directory."""

from __future__ import annotations

import os
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def content_root() -> Path:
    """The folder holding the bundled `rubrics/` and `scenarios/` (overridable for deployments)."""
    override = os.environ.get("COACH_CONTENT_DIR")
    return Path(override) if override else _REPO_ROOT


def bundled_rubrics_dir() -> Path:
    return content_root() / "rubrics"


def bundled_scenarios_dir() -> Path:
    return content_root() / "scenarios"


def package_data_dir() -> Path:
    """`coach/data`: word lists and other data shipped inside the package."""
    return Path(__file__).resolve().parent / "data"
