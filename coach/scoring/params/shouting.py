"""What a rubric may set on a `shouting` check; `coach.scoring.checks.shouting` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    min_letters: int = Field(default=5, ge=2)
    allow: list[str] = Field(default_factory=list)
    penalty: float = Field(default=0.35, gt=0, le=1)
    punctuation_message: str = "“%s” reads as shouting; one mark is enough."
