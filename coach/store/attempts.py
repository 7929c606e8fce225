"""Recording a submitted attempt: one transaction, so it is all there or not at all."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert, select

from coach import __version__
from coach.errors import UsageError
from coach.store.api import NewAttempt
from coach.store.findings import findings_json
from coach.store.schema import attempt_details, attempt_scores, attempts, utc_now
from coach.store.storable import storable
from coach.store.trainees import ensure_trainee


def insert_attempt(
    conn: Connection,
    attempt: NewAttempt,
    *,
    token: str | None = None,
    created_at: datetime | None = None,
) -> int:
    """Insert the attempt, its details and its dimension scores; return its id.

    With a `token` already stored, returns that attempt's id and writes nothing, so a
    replayed attempt (see `pending.py`) is recorded once. A NUL anywhere in the text is
    stored as U+FFFD (see `storable`), so a pasted one never makes a reply unstorable.
    """
    if token is not None:
        existing: int | None = conn.execute(
            select(attempts.c.id).where(attempts.c.client_token == token)
        ).scalar_one_or_none()
        if existing is not None:
            return existing
    if not attempt.scenario_id:
        raise UsageError("an attempt needs a scenario id")
    report = attempt.report
    trainee_id = ensure_trainee(conn, attempt.trainee)
    values = {
        "client_token": token,
        "trainee_id": trainee_id,
        "scenario_id": attempt.scenario_id,
        "scenario_hash": attempt.scenario_hash,
        "rubric_id": attempt.rubric_id,
        "rubric_hash": attempt.rubric_hash,
        "turn": attempt.turn,
        "language": report.language,
        "overall": report.overall,
        "band": report.band,
        "spelling_backend": report.spelling_backend,
        "time_to_first_key_ms": attempt.time_to_first_key_ms,
        "time_to_submit_ms": attempt.time_to_submit_ms,
        "app_version": __version__,
        "created_at": created_at or utc_now(),
    }
    attempt_id: int = conn.execute(
        insert(attempts)
        .values({k: storable(v) if isinstance(v, str) else v for k, v in values.items()})
        .returning(attempts.c.id)
    ).scalar_one()
    conn.execute(
        insert(attempt_details).values(
            attempt_id=attempt_id,
            reply_text=storable(attempt.reply_text),
            findings=findings_json(report),  # json_codec.encode replaces NUL in JSON
        )
    )
    if report.dimensions:
        conn.execute(
            insert(attempt_scores),
            [
                {
                    "attempt_id": attempt_id,
                    "dimension": storable(name),
                    "position": n,
                    "score": score,
                }
                for n, (name, score) in enumerate(report.dimensions.items())
            ],
        )
    return attempt_id
