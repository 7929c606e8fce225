"""The tables of the history database, as of the newest migration (`migrations/versions`).

Decisions the queries rely on:

- An attempt row is written once and never updated. Reviews, rescores and the effective
  score live in other rows; "effective" is derived when read (see `reviews.py`).
- The reply text and findings (several KB per attempt) live in `attempt_details`, apart
  from the row that history queries scan: in SQLite a row's later columns sit behind its
  overflow pages, and scanning 100 000 fat rows to sort by score took seconds; the lean
  `attempts` table keeps those queries to milliseconds.
- Per-dimension scores get their own narrow table (`attempt_scores`) rather than a JSON
  column: a trend chart of one dimension for one trainee is an indexed range scan, and
  "every attempt has its dimension scores" is checkable in SQL. Findings, which are only
  ever read whole for one attempt, are JSON.
- Times are stored as naive UTC (`UtcDateTime`), so SQLite's text ordering and
  PostgreSQL's `timestamp` order the same way; Python always sees aware UTC datetimes.
- `client_token` makes replaying a parked attempt idempotent (see `pending.py`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from coach.store.limits import NAME_LENGTH


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in (naive ones are taken as local time), aware UTC datetimes out,
    naive UTC in the database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def json_type(*, none_as_null: bool = False) -> TypeEngine[Any]:
    """JSON text on SQLite, JSONB on PostgreSQL."""
    return JSON(none_as_null=none_as_null).with_variant(
        JSONB(none_as_null=none_as_null), "postgresql"
    )


HASH_LENGTH = 64

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

trainees = Table(
    "trainees",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(NAME_LENGTH), nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
)

attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("client_token", String(64), unique=True),
    Column("trainee_id", Integer, ForeignKey("trainees.id"), nullable=False),
    Column("scenario_id", String(NAME_LENGTH), nullable=False),
    Column("scenario_hash", String(HASH_LENGTH), nullable=False),
    Column("rubric_id", String(NAME_LENGTH), nullable=False),
    Column("rubric_hash", String(HASH_LENGTH), nullable=False),
    Column("turn", Integer, nullable=False),
    Column("language", String(16), nullable=False),
    Column("overall", Float, nullable=False),
    Column("band", String(NAME_LENGTH), nullable=False),
    Column("spelling_backend", String(NAME_LENGTH), nullable=False),
    Column("time_to_first_key_ms", Integer),
    Column("time_to_submit_ms", Integer),
    Column("app_version", String(50), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "trainee_id", "created_at"),
    Index(None, "scenario_id", "created_at"),
    Index(None, "created_at"),
)

attempt_details = Table(
    "attempt_details",
    metadata,
    Column(
        "attempt_id",
        Integer,
        ForeignKey("attempts.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("reply_text", Text, nullable=False),
    Column("findings", json_type(), nullable=False),  # ScoreReport.to_dict()["findings"]
)

attempt_scores = Table(
    "attempt_scores",
    metadata,
    Column("attempt_id", Integer, ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False),
    Column("dimension", String(NAME_LENGTH), nullable=False),
    Column("position", Integer, nullable=False),  # the rubric's order of dimensions
    Column("score", Float, nullable=False),
    PrimaryKeyConstraint("attempt_id", "dimension"),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("attempt_id", Integer, ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False),
    Column("reviewer", String(NAME_LENGTH), nullable=False),
    Column("comment", Text, nullable=False),
    # Dimension (or "overall") -> score; SQL NULL for a comment that overrides nothing.
    Column("overrides", json_type(none_as_null=True)),
    # overrides["overall"] again, so effective-overall ordering and best scores are SQL.
    Column("overall_override", Float),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "attempt_id", "id"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("trainee_id", Integer, ForeignKey("trainees.id"), nullable=False),
    Column("scenario_id", String(NAME_LENGTH), nullable=False),
    Column("turn", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    PrimaryKeyConstraint("trainee_id", "scenario_id", "turn"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(NAME_LENGTH), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

rescores = Table(
    "rescores",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("attempt_id", Integer, ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False),
    Column("rubric_id", String(NAME_LENGTH), nullable=False),
    Column("rubric_hash", String(HASH_LENGTH), nullable=False),
    Column("scenario_hash", String(HASH_LENGTH), nullable=False),
    Column("overall", Float, nullable=False),
    Column("band", String(NAME_LENGTH), nullable=False),
    Column("dimensions", json_type(), nullable=False),
    Column("findings", json_type(), nullable=False),
    Column("spelling_backend", String(NAME_LENGTH), nullable=False),
    Column("app_version", String(50), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    UniqueConstraint("attempt_id", "rubric_hash", "scenario_hash"),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def dialect_insert(conn: Connection, table: Table) -> sqlite.Insert | postgresql.Insert:
    """An INSERT that can say ON CONFLICT (both back ends spell it the same way)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
