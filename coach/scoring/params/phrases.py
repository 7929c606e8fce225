"""What a rubric may set on a `phrases` check; `coach.scoring.checks.phrases` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams
from coach.text.phrases import DEFAULT_MAX_GAP


class Params(CheckParams):
    phrases: list[str] = Field(min_length=1)
    min_matches: int = Field(default=1, ge=1)
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)
    evidence_message: str | None = None
