"""Key-value settings kept in the database itself, so a team shares them (trainer passphrase).

Not the app's preferences: those are per user, in QSettings (`coach/gui/settings.py`).
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from coach.store.schema import dialect_insert, settings, utc_now


def read_setting(conn: Connection, key: str) -> str | None:
    return conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar_one_or_none()


def write_setting(conn: Connection, key: str, value: str) -> None:
    stmt = dialect_insert(conn, settings).values(key=key, value=value, updated_at=utc_now())
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at},
        )
    )


def delete_setting(conn: Connection, key: str) -> None:
    conn.execute(delete(settings).where(settings.c.key == key))
