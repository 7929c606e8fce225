"""Which database to open, how to connect to it, and how to survive a busy one.

URL resolution, first match wins: an explicit URL (or file path), the app's settings,
`COACH_DATABASE_URL`, then `coach.sqlite3` in the user data directory.

SQLite connections run in WAL mode (readers never block the writer, and a killed writer
leaves no torn transaction), with foreign keys on and `synchronous=FULL` (a commit that
returned is on disk, so an acknowledged attempt survives a crash of the machine too).
Write transactions start with `BEGIN IMMEDIATE`: they take the write lock up front, so
two app instances queue on the busy handler instead of failing a lock upgrade half way.
On top of SQLite's own busy wait, every unit of work is retried with back-off until a
bounded deadline (`busy_wait`); only then does the caller get a `StoreError`.

Every driver error leaving this module is a `StoreError` with a message a trainer can act
on (locked, damaged, unreachable, disk full); the original stays chained for the log.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from coach.store import json_codec
from coach.store.errors import PermissionDeniedError, RefusedError, StoreError
from coach.store.locations import default_database_path

DATABASE_URL_ENV: Final = "COACH_DATABASE_URL"
DEFAULT_BUSY_WAIT: Final = 15.0
"""Seconds a unit of work keeps retrying a locked SQLite database before giving up."""
SQLITE_LOCK_WAIT: Final = 1.0
"""SQLite's own busy handler per attempt; the retry loop above it bounds the total."""
PG_CONNECT_TIMEOUT: Final = 10

T = TypeVar("T")

_BUSY_MESSAGES: Final = ("database is locked", "database is busy", "database table is locked")
# PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
_PG_RETRY_STATES: Final = frozenset({"40001", "40P01", "55P03"})
# insufficient_privilege: a missing grant, or a row a row-level security policy refuses.
_PG_PERMISSION_STATE: Final = "42501"


def resolve_url(url: str | None = None, settings_url: str | None = None) -> str:
    """The database URL to use (see the module docstring for the order)."""
    for candidate in (url, settings_url, os.environ.get(DATABASE_URL_ENV)):
        if candidate and candidate.strip():
            return normalise_url(candidate.strip())
    path = default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the folder for the history database {path.parent}: {exc.strerror}."
        ) from exc
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def normalise_url(url: str) -> str:
    """Accept what people paste: a file path, `postgres://…`, `postgresql://…`.

    PostgreSQL URLs without a driver get psycopg 3 (the driver this app installs).
    """
    if "://" not in url:
        return URL.create("sqlite+pysqlite", database=str(Path(url).expanduser())).render_as_string(
            hide_password=False
        )
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        # SQLAlchemy parses the port with int() and says nothing of which URL or part.
        raise StoreError(
            f"'{redact_url(url)}' is not a database URL ({_url_problem(url, exc)}); expected "
            "postgresql://user:password@host:port/database or a file path."
        ) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        parsed = parsed.set(drivername="sqlite+pysqlite")
    else:
        raise StoreError(
            f"The history database must be SQLite or PostgreSQL, not '{backend}' "
            f"({redact_url(url)})."
        )
    return parsed.render_as_string(hide_password=False)


def redact_url(url: str) -> str:
    """The URL with any password replaced by ***, for messages about URLs that may not parse.

    Everything between the first ':' of the user part and the last '@' before the host
    goes, so a password holding ':', '@' or '/' is hidden too; hiding a little too much
    of an odd URL is better than printing a password.
    """
    scheme, separator, rest = url.partition("://")
    if not separator or "@" not in rest:
        return url
    userinfo, _, host = rest.rpartition("@")
    user, colon, _password = userinfo.partition(":")
    return f"{scheme}://{user}:***@{host}" if colon else url


def _url_problem(url: str, exc: Exception) -> str:
    if "[" in url and "]" not in url:
        return "an IPv6 host opened with '[' needs its closing ']'"
    if isinstance(exc, ValueError) and "int()" in str(exc):
        return "the port must be a number"
    first = str(exc).strip().splitlines()
    return first[0] if first else type(exc).__name__


def describe_url(url: str) -> str:
    """The URL for messages: the file path for SQLite, no password for PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "(in memory)"
    return parsed.render_as_string(hide_password=True)


class Database:
    """An engine plus the policy for using it: transactions, busy retries, error messages.

    Thread-safe: each thread borrows its own connection from the pool.
    """

    def __init__(self, url: str, *, busy_wait: float = DEFAULT_BUSY_WAIT) -> None:
        url = normalise_url(url)
        self.url = url
        self.where = describe_url(url)
        self.busy_wait = busy_wait
        parsed = make_url(url)
        self.dialect_name = parsed.get_backend_name()
        try:
            if self.dialect_name == "sqlite":
                self.engine = _sqlite_engine(parsed, min(SQLITE_LOCK_WAIT, busy_wait))
            else:
                self.engine = create_engine(
                    parsed,
                    pool_pre_ping=True,
                    connect_args={"connect_timeout": PG_CONNECT_TIMEOUT},
                    json_serializer=json_codec.encode,
                )
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(f"Cannot use the history database {self.where}: {exc}") from exc
        self._writer = self.engine.execution_options(coach_begin="IMMEDIATE")

    @property
    def is_sqlite(self) -> bool:
        return self.dialect_name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file, for SQLite; None for a server."""
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one write transaction and commit; retried whole while busy."""
        return self._run(self._writer, work)

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one read transaction (a consistent snapshot)."""
        return self._run(self.engine, work)

    def close(self) -> None:
        self.engine.dispose()

    def _run(self, engine: Engine, work: Callable[[Connection], T]) -> T:
        deadline = time.monotonic() + self.busy_wait
        delay = 0.005
        while True:
            try:
                with engine.begin() as conn:
                    return work(conn)
            except DBAPIError as exc:
                remaining = deadline - time.monotonic()
                if not self._is_busy(exc) or remaining <= 0:
                    raise self.translate(exc) from exc
                # Jitter keeps two instances that collided from colliding again in step.
                time.sleep(min(remaining, delay * (0.5 + random.random())))
                delay = min(delay * 2, 0.2)

    def _is_busy(self, exc: DBAPIError) -> bool:
        if self.is_sqlite:
            return any(m in str(exc.orig).lower() for m in _BUSY_MESSAGES)
        return getattr(exc.orig, "sqlstate", None) in _PG_RETRY_STATES

    def translate(self, exc: DBAPIError) -> StoreError:
        """A message a trainer can act on, for a driver error."""
        detail = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else repr(exc)
        password = make_url(self.url).password
        if password:  # a driver may echo its connection string; never pass a password on
            detail = detail.replace(str(password), "***")
        lowered = detail.lower()
        where = self.where
        if self._is_busy(exc):
            return StoreError(
                f"The history database {where} is locked by another program and stayed "
                f"locked for {self.busy_wait:.0f} s. Nothing was written; try again in a "
                "moment, or close the other program."
            )
        if not self.is_sqlite and getattr(exc.orig, "sqlstate", None) == _PG_PERMISSION_STATE:
            return _permission_denied(where, detail)
        if isinstance(exc, DataError):
            return RefusedError(
                f"The history database {where} cannot store this ({detail}); nothing was written."
            )
        if "file is not a database" in lowered or "malformed" in lowered:
            return StoreError(
                f"The history database {where} is damaged or is not a Reply Coach database "
                f"({detail}). Move the file aside (keep it for recovery) and start again to "
                "create a new one."
            )
        if "unable to open database file" in lowered:
            return StoreError(
                f"Cannot open the history database {where}: check that its folder exists and "
                "is writable."
            )
        if "full" in lowered and "disk" in lowered:
            return StoreError(f"The disk holding the history database {where} is full.")
        if "readonly" in lowered or "read-only" in lowered:
            return StoreError(f"The history database {where} is read-only; nothing was saved.")
        if (not self.is_sqlite and exc.connection_invalidated) or _is_connect_error(exc):
            return StoreError(f"Cannot reach the history database {where}: {detail}")
        return StoreError(f"The history database {where} reported an error: {detail}")


def _permission_denied(where: str, detail: str) -> PermissionDeniedError:
    return PermissionDeniedError("store.permission_denied", where=where, detail=detail)


def _is_connect_error(exc: DBAPIError) -> bool:
    text = str(exc.orig).lower()
    return any(
        marker in text
        for marker in ("connection refused", "could not connect", "connection failed", "timeout")
    )


def _sqlite_engine(url: URL, lock_wait: float) -> Engine:
    if url.database in (None, "", ":memory:"):
        raise StoreError("The history database must be a file: an in-memory one keeps nothing.")
    engine = create_engine(
        url, connect_args={"timeout": lock_wait}, json_serializer=json_codec.encode
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    # The driver's own transaction handling would start transactions lazily and commit
    # around DDL; switch it off and issue BEGIN ourselves (`_on_sqlite_begin`).
    assert isinstance(dbapi_connection, sqlite3.Connection)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("coach_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")
