"""Test setup: headless Qt, the `gui` marker, and shared content fixtures."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _no_trainer_content(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the bundled content only, whatever COACH_CONTENT_PATH the shell has."""
    monkeypatch.delenv("COACH_CONTENT_PATH", raising=False)


@pytest.fixture(scope="session")
def library():
    from coach.scoring import load_library

    lib = load_library([ROOT / "coach/data/rubrics", DATA / "scenarios"])
    assert not lib.issues, [str(i) for i in lib.issues]
    return lib


@pytest.fixture(scope="session")
def rubric_en(library):
    return library.rubrics["support-en"]


@pytest.fixture(scope="session")
def rubric_ru(library):
    return library.rubrics["support-ru"]


@pytest.fixture(scope="session")
def api_en(library):
    return library.scenarios["test-api-en"]


@pytest.fixture(scope="session")
def api_ru(library):
    return library.scenarios["test-api-ru"]


@contextmanager
def _write_lock_held(path: str | os.PathLike[str]) -> Iterator[None]:
    """Another program's connection holds the SQLite write lock until the block ends."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        held.set()
        release.wait(60)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(10)
        yield
    finally:
        release.set()
        holder.join()


@pytest.fixture
def write_lock_held() -> Callable[[str | os.PathLike[str]], AbstractContextManager[None]]:
    """`with write_lock_held(path):` as another program holding the database's lock."""
    return _write_lock_held
