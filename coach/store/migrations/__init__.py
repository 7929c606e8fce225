"""Alembic migrations of the history database, run in-process when a store opens.

Opening a database made by an older app upgrades it in place (in one transaction, so a
crash half way leaves the old schema intact). A database stamped with a revision this app
does not know was made by a newer app: it is refused with a `StoreError` and not touched.
Two app instances opening the same new database at once serialise on the write lock
(SQLite) or an advisory lock (PostgreSQL) and the second finds the work done.

To add a revision: `alembic -c coach/store/migrations/alembic.ini revision -m "what"`
(edit the generated file by hand; keep `schema.py` in step, a test compares them).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from coach import __version__
from coach.store.engine import Database
from coach.store.errors import StoreError, UpgradeNeededError
from coach.store.schema import metadata
from coach.store.sqlite_file import OUR_MARKERS

SCRIPT_LOCATION: Final = Path(__file__).resolve().parent
# Any constant: PostgreSQL advisory lock id serialising concurrent migrations.
_PG_LOCK_ID: Final = 0x436F616368  # "Coach"
_SHOWN_TABLES: Final = 5


def alembic_config(connection: Connection | None = None) -> Config:
    """A config for the packaged scripts; `connection` is what env.py migrates."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision this app ships, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return tuple(reversed([s.revision for s in script.walk_revisions()]))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, target: str = "head") -> None:
    """Bring the database to `target` (default: the newest schema), refusing newer ones
    and other applications' databases."""
    wanted = head_revision() if target == "head" else target
    current, tables = db.read(_revision_and_tables)
    _check_ours(db, current, tables)
    _check_known(db, current)
    if current == wanted:
        return
    if not db.is_sqlite and current is not None and not db.read(_may_migrate):
        # A trainee's or trainer's login: the migration would fail half way with "must
        # be owner of table"; say what is needed instead.
        raise UpgradeNeededError(db.where, current, wanted)

    def migrate(conn: Connection) -> None:
        if not db.is_sqlite:
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
        # Under the lock: another instance may have done it, or created tables meanwhile.
        now, tables = _revision_and_tables(conn)
        _check_ours(db, now, tables)
        _check_known(db, now)
        if now == wanted:
            return
        command.upgrade(alembic_config(conn), wanted)

    db.write(migrate)


def _check_known(db: Database, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"The history database {db.where} was made by a newer version of Reply Coach "
            f"(schema '{revision}'; this is version {__version__}, which knows up to "
            f"'{head_revision()}'). Update Reply Coach to use it; it was left unchanged."
        )


def _may_migrate(conn: Connection) -> bool:
    """Whether the login may change the tables: it owns them (or is a member of the role
    that does, or a superuser). PostgreSQL only."""
    owner = conn.execute(
        text(
            "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
        )
    ).scalar_one_or_none()
    return owner is None or bool(owner)


def _revision_and_tables(conn: Connection) -> tuple[str | None, set[str]]:
    """The schema revision and the tables of the connection's default schema."""
    return current_revision(conn), set(inspect(conn).get_table_names())


def _check_ours(db: Database, revision: str | None, tables: set[str]) -> None:
    """Refuse a database that has tables but is not a Reply Coach history, untouched.

    Ours means a schema version and our marker tables (`OUR_MARKERS`). An empty database
    becomes ours. Any other table without a version is another application's (adding
    ours beside it would mix two applications in one schema), and so is a version this
    app does not know without our tables: other Alembic users have `alembic_version` too,
    and calling theirs "made by a newer Reply Coach" would mislead. SQLite files get the
    same test earlier, read-only (`coach.store.sqlite_file`); this covers PostgreSQL.
    """
    if revision is None:
        others = tables - {"alembic_version"}
        if not others:
            return
        clashing = others & set(metadata.tables)
        if clashing:
            raise StoreError(
                f"The database {db.where} already has tables named like Reply Coach's "
                f"({', '.join(sorted(clashing))}) but no schema version; it was left "
                "unchanged. Use an empty database."
            )
        raise _not_ours(db, others)
    if revision not in known_revisions() and not OUR_MARKERS.issubset(tables):
        raise _not_ours(db, tables)


def _not_ours(db: Database, tables: set[str]) -> StoreError:
    shown = sorted(tables)[:_SHOWN_TABLES]
    more = ", …" if len(tables) > _SHOWN_TABLES else ""
    return StoreError(
        f"The database {db.where} belongs to another application (tables: "
        f"{', '.join(shown)}{more}) and has no Reply Coach schema; it was left unchanged. "
        "Use an empty database of its own for the history (createdb), not an existing one."
    )
