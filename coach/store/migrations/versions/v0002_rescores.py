"""Rescores (results of `coach rescore`, kept apart from the originals) and a date index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def _json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "rescores",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_hash", sa.String(64), nullable=False),
        sa.Column("scenario_hash", sa.String(64), nullable=False),
        sa.Column("overall", sa.Float(), nullable=False),
        sa.Column("band", sa.String(200), nullable=False),
        sa.Column("dimensions", _json(), nullable=False),
        sa.Column("findings", _json(), nullable=False),
        sa.Column("spelling_backend", sa.String(200), nullable=False),
        sa.Column("app_version", sa.String(50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rescores"),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_rescores_attempt_id_attempts",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "attempt_id",
            "rubric_hash",
            "scenario_hash",
            name="uq_rescores_attempt_id_rubric_hash_scenario_hash",
        ),
    )
    # The history view's unfiltered "newest first" page.
    op.create_index("ix_attempts_created_at", "attempts", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_attempts_created_at", table_name="attempts")
    op.drop_table("rescores")
