"""Checks on an existing SQLite file before the store writes to it (or switches it to WAL).

Two kinds of file must be refused, and left byte for byte as they were:

- a damaged database: `PRAGMA quick_check` (every page and b-tree, not the slower index
  cross-check of `integrity_check`) finds the damage that `SELECT`s may never touch, and
  every write to a damaged file risks spreading it;
- another application's database: a non-empty file without Reply Coach's tables. Opening
  it normally would switch it to WAL (a header change) and add our tables.

So the file is opened read-only (`mode=ro`) with the plain sqlite3 module, before the
engine's connect hook sets WAL. The read-only open never changes the database file; on
one of our WAL databases it may leave the usual `-wal`/`-shm` files beside it, which the
engine then uses. The check costs one read of the file at open: milliseconds for a
typical history, about a second per few hundred MB.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Final

from coach.store.errors import StoreError
from coach.store.schema import metadata

HEADER: Final = b"SQLite format 3\x00"
OUR_MARKERS: Final = frozenset({"alembic_version", "attempts", "trainees"})
"""Tables every Reply Coach database has had since the first schema."""
_SHOWN_TABLES: Final = 5
_DETAIL_LENGTH: Final = 200


def check_sqlite_file(path: Path, where: str, *, lock_wait: float = 1.0) -> None:
    """Raise `StoreError` if the file at `path` exists, is not empty, and is damaged or
    not a Reply Coach database; a missing or empty file is fine (it becomes a new one)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot read the history database {where}: {exc.strerror}.") from exc
    if not header:
        return
    if header != HEADER:
        raise _damaged(where, "not an SQLite file")
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=lock_wait
        )
        with closing(connection):
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
            if tables and not OUR_MARKERS.issubset(tables):
                raise _not_ours(where, tables)
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StoreError(
                f"The history database {where} is locked by another program; it could not "
                "be checked before use. Close the other program and try again."
            ) from exc
        raise _damaged(where, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(where, str(exc)) from exc
    if problems != ["ok"]:
        raise _damaged(where, str(problems[0]) if problems else "no answer from quick_check")


def _damaged(where: str, detail: str) -> StoreError:
    return StoreError(
        f"The history database {where} is damaged or is not a Reply Coach database "
        f"({_one_line(detail)}). Nothing was written to it. Move the file aside (keep it for "
        "recovery) and start again to create a new one, or restore a backup."
    )


def _not_ours(where: str, tables: set[str]) -> StoreError:
    clashing = tables & set(metadata.tables)
    if clashing and "alembic_version" not in tables:
        return StoreError(
            f"The database {where} already has tables named like Reply Coach's "
            f"({', '.join(sorted(clashing))}) but no schema version; it was left unchanged. "
            "Use an empty database."
        )
    shown = sorted(tables)[:_SHOWN_TABLES]
    more = ", …" if len(tables) > _SHOWN_TABLES else ""
    return StoreError(
        f"The file {where} is another program's database (tables: {', '.join(shown)}{more}), "
        "not a Reply Coach history; it was left unchanged. Choose a new file or an empty one."
    )


def _one_line(detail: str) -> str:
    """quick_check's report on one line, without its "*** in database main ***" banner."""
    lines = [line.strip() for line in detail.splitlines()]
    text = "; ".join(line for line in lines if line and not line.startswith("***"))
    return text if len(text) <= _DETAIL_LENGTH else text[: _DETAIL_LENGTH - 1] + "…"
