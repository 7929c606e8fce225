"""What a rubric may set on a `key_points` check; `coach.scoring.checks.key_points` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    covered_message: str = "Covers: {point}"
    max_gap: int = Field(default=3, ge=0, le=6)
    fuzzy_threshold: float = Field(default=88, ge=50, le=100)
