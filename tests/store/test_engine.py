"""URL resolution, SQLite connection settings, busy retries, and clear error messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from coach.store import SqlStore, StoreError
from coach.store.engine import normalise_url, resolve_url

ROOT = Path(__file__).resolve().parents[2]


def test_url_order_explicit_then_settings_then_environment_then_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DATABASE_URL", "postgresql://env/db")
    assert "explicit" in resolve_url("postgresql://explicit/db", "postgresql://settings/db")
    assert "settings" in resolve_url(None, "postgresql://settings/db")
    assert "env" in resolve_url(None, "  ")
    monkeypatch.delenv("COACH_DATABASE_URL")
    default = resolve_url()
    assert default == f"sqlite+pysqlite:///{tmp_path / 'user-data' / 'coach.sqlite3'}"
    assert (tmp_path / "user-data").is_dir()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@host/db", "postgresql+psycopg://u:p@host/db"),
        ("postgresql://u:p@host:5433/db", "postgresql+psycopg://u:p@host:5433/db"),
        ("postgresql+psycopg://u@host/db", "postgresql+psycopg://u@host/db"),
        ("sqlite:////tmp/x.db", "sqlite+pysqlite:////tmp/x.db"),
        ("/tmp/history.sqlite3", "sqlite+pysqlite:////tmp/history.sqlite3"),
    ],
)
def test_urls_people_paste_are_normalised(given, expected):
    assert normalise_url(given) == expected


def test_other_databases_are_refused_clearly():
    with pytest.raises(StoreError, match="SQLite or PostgreSQL, not 'mysql'"):
        normalise_url("mysql://u@host/db")


BAD_URLS = [
    ("postgresql://u:p4ss@host:abc/db", "the port must be a number"),
    ("postgresql://u:p4ss@[::1/db", "closing ']'"),
    ("postgresql://[::1/db", "closing ']'"),
    ("mysql://user:p4ss@h/db", "SQLite or PostgreSQL, not 'mysql'"),
    ("mysql://user:p4:ss@wo/rd@h/db", "SQLite or PostgreSQL, not 'mysql'"),
]


@pytest.mark.parametrize(("url", "problem"), BAD_URLS)
def test_a_bad_url_is_one_clear_line_without_the_password(url, problem):
    with pytest.raises(StoreError) as caught:
        SqlStore(url)
    message = str(caught.value)
    assert problem in message
    assert "\n" not in message
    assert "p4" not in message
    assert "ss@" not in message


@pytest.mark.parametrize(("url", "problem"), BAD_URLS[:2] + BAD_URLS[3:4])
def test_the_cli_prints_a_bad_url_as_one_line_without_the_password(url, problem, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "coach", "history", "--csv", "--database", url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "COACH_DATA_DIR": str(tmp_path)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert problem in result.stderr
    assert "p4ss" not in result.stderr + result.stdout


def test_a_driver_message_never_carries_the_password_on():
    from sqlalchemy.exc import OperationalError

    from coach.store.engine import Database

    db = Database("postgresql://coach:s3cr3t@127.0.0.1:1/coach")

    class DriverError(Exception):
        pass

    error = OperationalError("connect", {}, DriverError("could not connect: password=s3cr3t"))
    assert "s3cr3t" not in str(db.translate(error))


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_full_sync(sqlite_url):
    with SqlStore(sqlite_url) as store, store.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_foreign_keys_are_enforced(store):
    with pytest.raises(StoreError):
        store.db.write(
            lambda conn: conn.execute(
                text(
                    "INSERT INTO attempt_scores (attempt_id, dimension, position, score) "
                    "VALUES (12345, 'tone', 0, 50)"
                )
            )
        )


def _hold_write_lock(path, seconds: float, locked: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def test_a_briefly_busy_database_is_waited_for(sqlite_url, sqlite_file, make_attempt):
    with SqlStore(sqlite_url, busy_wait=10) as store:
        locked = threading.Event()
        holder = threading.Thread(target=_hold_write_lock, args=(sqlite_file, 1.5, locked))
        holder.start()
        locked.wait(5)
        started = time.monotonic()
        attempt_id = store.record_attempt(make_attempt())
        waited = time.monotonic() - started
        holder.join()
        assert waited >= 1.0  # it really was blocked, past SQLite's own 1 s busy wait
        assert store.attempt(attempt_id) is not None


def test_a_database_locked_too_long_raises_store_error_and_writes_nothing(
    sqlite_url, sqlite_file, make_attempt
):
    with SqlStore(sqlite_url, busy_wait=0.5) as store:
        locked = threading.Event()
        holder = threading.Thread(target=_hold_write_lock, args=(sqlite_file, 2.0, locked))
        holder.start()
        locked.wait(5)
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked by another program"):
            store.record_attempt(make_attempt())
        assert time.monotonic() - started < 1.9  # bounded by busy_wait, not the holder
        holder.join()
        assert store.count_attempts() == 0
        assert store.trainees() == []


def test_a_damaged_file_gives_a_clear_message(tmp_path):
    path = tmp_path / "coach.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes\n" * 100)
    with pytest.raises(StoreError, match="damaged or is not a Reply Coach database"):
        SqlStore(str(path))
    assert path.read_bytes().startswith(b"this is not a database")


def test_a_missing_folder_gives_a_clear_message(tmp_path):
    with pytest.raises(StoreError, match="check that its folder exists"):
        SqlStore(str(tmp_path / "no" / "such" / "coach.sqlite3"))


def test_an_unreachable_server_gives_a_clear_message_without_password():
    with pytest.raises(StoreError, match="Cannot reach the history database") as caught:
        SqlStore("postgresql://coach:secret@127.0.0.1:1/coach", busy_wait=1)
    assert "secret" not in str(caught.value)
    assert "127.0.0.1:1" in str(caught.value)


def test_open_store_uses_the_settings_url_before_the_environment(tmp_path, monkeypatch):
    from coach.store import open_store

    monkeypatch.setenv("COACH_DATABASE_URL", str(tmp_path / "from-env.sqlite3"))
    with open_store(settings_url=str(tmp_path / "from-settings.sqlite3")) as store:
        assert store.where == str(tmp_path / "from-settings.sqlite3")
    with open_store() as store:
        assert store.where == str(tmp_path / "from-env.sqlite3")
    monkeypatch.delenv("COACH_DATABASE_URL")
    with open_store() as store:
        assert store.where == str(tmp_path / "user-data" / "coach.sqlite3")
