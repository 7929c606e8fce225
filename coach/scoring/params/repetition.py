"""What a rubric may set on a `repetition` check; `coach.scoring.checks.repetition` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    similarity: float = Field(default=85, ge=50, le=100)
    penalty: float = Field(default=0.4, gt=0, le=1)
