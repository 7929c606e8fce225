"""Where content lives: the bundled rubrics and scenarios inside the package, then the
trainers' own folders on the content search path.

The bundled content is package data (`coach/data/rubrics`, `coach/data/scenarios`), found
through `importlib.resources`, so an installed wheel scores on its own from any folder.
Trainers' folders come after it, from `COACH_CONTENT_PATH` and then from the folders a
caller names (`--content DIR` on the command line, the Settings entry in the app).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path

from coach.errors import ContentError

CONTENT_PATH_VARIABLE = "COACH_CONTENT_PATH"


def package_data_dir() -> Path:
    """`coach/data`: word lists, bundled content and other data shipped inside the package.

    A real folder is needed (the loaders walk it and name files in their messages); pip
    and pipx always install a package as files, so a zipped install is refused plainly.
    """
    root = resources.files("coach") / "data"
    if not isinstance(root, Path):
        raise ContentError(
            f"Reply Coach's data is not a folder ({root}); install the package unzipped "
            "(pip or pipx do)"
        )
    return root


def bundled_rubrics_dir() -> Path:
    return package_data_dir() / "rubrics"


def bundled_scenarios_dir() -> Path:
    return package_data_dir() / "scenarios"


def split_folder_list(text: str) -> list[Path]:
    """Folders from an `os.pathsep`-separated list, as in `PATH`; empty entries (a
    trailing separator, two in a row) name nothing rather than the current folder."""
    return [Path(part) for part in text.split(os.pathsep) if part.strip()]


def trainer_content_folders(
    folders: Iterable[Path] = (), environ: Mapping[str, str] | None = None
) -> list[Path]:
    """The trainers' content folders in search order: those of `COACH_CONTENT_PATH`, then
    `folders` (from `--content` or Settings). A folder named twice is searched once."""
    env = os.environ if environ is None else environ
    listed = [*split_folder_list(env.get(CONTENT_PATH_VARIABLE, "")), *folders]
    return _unique_folders(listed)


def content_search_path(
    folders: Iterable[Path] = (), environ: Mapping[str, str] | None = None
) -> list[Path]:
    """Every content folder in search order: the bundled rubrics and scenarios first, then
    `trainer_content_folders(folders, environ)`.

    Each trainer folder is searched recursively for `.yaml`/`.yml` files; rubrics and
    scenarios are told apart by their keys, so `rubrics/` and `scenarios/` subfolders are
    a convention, not a requirement. Ids must be unique across the whole path.
    """
    bundled = [bundled_rubrics_dir(), bundled_scenarios_dir()]
    return _unique_folders([*bundled, *trainer_content_folders(folders, environ)])


def _unique_folders(folders: Iterable[Path]) -> list[Path]:
    # The same folder by another spelling (`./x`, a symlink) is searched once, or every
    # file in it would clash with itself as a duplicate id. (realpath never raises on a
    # symlink loop; it returns the path as far as it got.)
    unique: dict[str, Path] = {}
    for folder in folders:
        unique.setdefault(os.path.realpath(folder), folder)
    return list(unique.values())
