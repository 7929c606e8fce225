"""What a rubric may set on a `spelling` check; `coach.scoring.checks.spelling` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    max_rate: float = Field(default=6.0, gt=0)
