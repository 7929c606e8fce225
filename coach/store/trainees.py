"""Trainees: one row per name, created on first use."""

from __future__ import annotations

import unicodedata

from sqlalchemy import Connection, delete, select, update

from coach.errors import UsageError
from coach.store.limits import NAME_LENGTH
from coach.store.schema import attempts, dialect_insert, drafts, trainees, utc_now
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


def move_history(conn: Connection, old: str, new: str) -> int:
    """Give `old`'s attempts and drafts to `new` (created if needed) and drop `old`; the
    number of attempts moved. For history recorded before the trainee gave a name.

    A draft `new` already has for the same scenario and turn is the newer typing and is
    kept; `old`'s copy of it goes.
    """
    old_id = find_trainee(conn, old)
    if old_id is None or clean_name(old) == clean_name(new):
        return 0
    new_id = ensure_trainee(conn, new)
    moved = conn.execute(
        update(attempts).where(attempts.c.trainee_id == old_id).values(trainee_id=new_id)
    ).rowcount
    taken = select(drafts.c.scenario_id, drafts.c.turn).where(drafts.c.trainee_id == new_id)
    for scenario_id, turn in conn.execute(taken).all():
        conn.execute(
            delete(drafts).where(
                drafts.c.trainee_id == old_id,
                drafts.c.scenario_id == scenario_id,
                drafts.c.turn == turn,
            )
        )
    conn.execute(update(drafts).where(drafts.c.trainee_id == old_id).values(trainee_id=new_id))
    conn.execute(delete(trainees).where(trainees.c.id == old_id))
    return int(moved)
