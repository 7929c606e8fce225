"""Autosaved drafts: the text being typed per (trainee, scenario, turn), so a crash loses none."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, and_, delete, select

from coach.store.schema import dialect_insert, drafts, utc_now
from coach.store.storable import storable
from coach.store.trainees import ensure_trainee, find_trainee


def save_draft(conn: Connection, trainee: str, scenario_id: str, turn: int, text: str) -> None:
    """Insert or replace the draft (a NUL in it is stored as U+FFFD, see `storable`)."""
    trainee_id = ensure_trainee(conn, trainee)
    stmt = dialect_insert(conn, drafts).values(
        trainee_id=trainee_id,
        scenario_id=scenario_id,
        turn=turn,
        text=storable(text),
        updated_at=utc_now(),
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["trainee_id", "scenario_id", "turn"],
            set_={"text": stmt.excluded.text, "updated_at": stmt.excluded.updated_at},
        )
    )


def load_draft(conn: Connection, trainee: str, scenario_id: str, turn: int) -> str | None:
    trainee_id = find_trainee(conn, trainee)
    if trainee_id is None:
        return None
    return conn.execute(
        select(drafts.c.text).where(_key(trainee_id, scenario_id, turn))
    ).scalar_one_or_none()


def clear_draft(conn: Connection, trainee: str, scenario_id: str, turn: int) -> None:
    trainee_id = find_trainee(conn, trainee)
    if trainee_id is not None:
        conn.execute(delete(drafts).where(_key(trainee_id, scenario_id, turn)))


def _key(trainee_id: int, scenario_id: str, turn: int) -> ColumnElement[bool]:
    return and_(
        drafts.c.trainee_id == trainee_id,
        drafts.c.scenario_id == scenario_id,
        drafts.c.turn == turn,
    )
