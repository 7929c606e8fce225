"""Trainees: one row per name, created on first use."""

from __future__ import annotations

import unicodedata

from sqlalchemy import Connection, select

from coach.errors import UsageError
from coach.store.limits import NAME_LENGTH
from coach.store.schema import dialect_insert, trainees, utc_now
from coach.store.storable import storable


def clean_name(name: str) -> str:
    """The stored form of a trainee (or reviewer) name: NFC, outer spaces trimmed, NUL
    shown as U+FFFD (see `storable`)."""
    cleaned = storable(unicodedata.normalize("NFC", name).strip())
    if not cleaned:
        raise UsageError("a trainee name is needed")
    if len(cleaned) > NAME_LENGTH:
        raise UsageError(f"a name can have at most {NAME_LENGTH} characters")
    return cleaned


def find_trainee(conn: Connection, name: str) -> int | None:
    return conn.execute(
        select(trainees.c.id).where(trainees.c.name == clean_name(name))
    ).scalar_one_or_none()


def ensure_trainee(conn: Connection, name: str) -> int:
    """The trainee's id, creating the row if needed (safe when two writers race)."""
    found = find_trainee(conn, name)
    if found is not None:
        return found
    conn.execute(
        dialect_insert(conn, trainees)
        .values(name=clean_name(name), created_at=utc_now())
        .on_conflict_do_nothing(index_elements=["name"])
    )
    created = find_trainee(conn, name)
    assert created is not None  # inserted above, or by the writer we raced
    return created


def list_trainees(conn: Connection) -> list[str]:
    return list(conn.execute(select(trainees.c.name).order_by(trainees.c.name)).scalars())
