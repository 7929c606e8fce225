"""Initial schema: trainees, attempts (scores, details), reviews, drafts, settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None


def _json(none_as_null: bool = False) -> sa.types.TypeEngine[Any]:
    return sa.JSON(none_as_null=none_as_null).with_variant(
        JSONB(none_as_null=none_as_null), "postgresql"
    )


def upgrade() -> None:
    op.create_table(
        "trainees",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_trainees"),
        sa.UniqueConstraint("name", name="uq_trainees_name"),
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("client_token", sa.String(64)),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(200), nullable=False),
        sa.Column("scenario_hash", sa.String(64), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_hash", sa.String(64), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("overall", sa.Float(), nullable=False),
        sa.Column("band", sa.String(200), nullable=False),
        sa.Column("spelling_backend", sa.String(200), nullable=False),
        sa.Column("time_to_first_key_ms", sa.Integer()),
        sa.Column("time_to_submit_ms", sa.Integer()),
        sa.Column("app_version", sa.String(50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attempts"),
        sa.UniqueConstraint("client_token", name="uq_attempts_client_token"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_attempts_trainee_id_trainees"
        ),
    )
    op.create_index("ix_attempts_trainee_id_created_at", "attempts", ["trainee_id", "created_at"])
    op.create_index("ix_attempts_scenario_id_created_at", "attempts", ["scenario_id", "created_at"])
    op.create_table(
        "attempt_details",
        sa.Column("attempt_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("findings", _json(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", name="pk_attempt_details"),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_attempt_details_attempt_id_attempts",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "attempt_scores",
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "dimension", name="pk_attempt_scores"),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_attempt_scores_attempt_id_attempts",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("overrides", _json(none_as_null=True)),
        sa.Column("overall_override", sa.Float()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_reviews_attempt_id_attempts",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_reviews_attempt_id_id", "reviews", ["attempt_id", "id"])
    op.create_table(
        "drafts",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(200), nullable=False),
        sa.Column("turn", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("trainee_id", "scenario_id", "turn", name="pk_drafts"),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainees.id"], name="fk_drafts_trainee_id_trainees"
        ),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    for table in (
        "settings",
        "drafts",
        "reviews",
        "attempt_scores",
        "attempt_details",
        "attempts",
        "trainees",
    ):
        op.drop_table(table)
