"""An existing SQLite file is checked before the store writes to it: a damaged one, or
another program's, is refused and left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coach.store import SqlStore, StoreError

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def history_file(sqlite_file, make_attempt) -> Path:
    """A real history of a few hundred pages, closed (its WAL folded into the file)."""
    with SqlStore(str(sqlite_file)) as store:
        for n in range(150):
            store.record_attempt(make_attempt(text=f"reply {n} " * 60))
    assert not sqlite_file.with_name(sqlite_file.name + "-wal").exists()
    return sqlite_file


def test_a_database_damaged_mid_file_is_refused_and_not_written(history_file):
    data = bytearray(history_file.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 1) * PAGE] = random.Random(13).randbytes(PAGE)
    history_file.write_bytes(bytes(data))
    before = _digest(history_file)

    with pytest.raises(StoreError, match="is damaged") as caught:
        SqlStore(str(history_file))

    assert "Nothing was written to it" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _digest(history_file) == before


def _other_program_database(path: Path) -> str:
    """A rollback-journal SQLite file with tables of its own, as another app leaves it."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not yours')")
    conn.commit()
    conn.close()
    return _digest(path)


def test_another_programs_database_is_refused_and_left_byte_for_byte(sqlite_file):
    before = _other_program_database(sqlite_file)
    with pytest.raises(StoreError, match="another program's database") as caught:
        SqlStore(str(sqlite_file))
    assert "notes" in str(caught.value)
    assert _digest(sqlite_file) == before
    assert sorted(p.name for p in sqlite_file.parent.iterdir()) == [sqlite_file.name]


@pytest.mark.parametrize("command", [["history", "--csv"], ["history", "--json"], ["rescore"]])
def test_a_read_only_command_leaves_another_programs_database_untouched(
    sqlite_file, tmp_path, command
):
    before = _other_program_database(sqlite_file)
    result = subprocess.run(
        [sys.executable, "-m", "coach", *command, "--database", str(sqlite_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COACH_DATA_DIR": str(tmp_path / "data")},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "another program's database" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(sqlite_file) == before
    assert sorted(p.name for p in sqlite_file.parent.iterdir() if p.is_file()) == [sqlite_file.name]


def test_an_empty_file_becomes_a_new_history(sqlite_file, make_attempt):
    sqlite_file.write_bytes(b"")
    with SqlStore(str(sqlite_file)) as store:
        assert store.record_attempt(make_attempt()) == 1


def test_an_empty_sqlite_database_becomes_a_new_history(sqlite_file, make_attempt):
    sqlite3.connect(sqlite_file).execute("PRAGMA user_version = 0").connection.close()
    with SqlStore(str(sqlite_file)) as store:
        assert store.record_attempt(make_attempt()) == 1


def test_our_database_opens_while_another_program_holds_the_write_lock(
    history_file, write_lock_held
):
    with (
        write_lock_held(history_file),
        SqlStore(str(history_file), busy_wait=1) as store,  # WAL: reading is not blocked
    ):
        assert store.count_attempts() == 150
