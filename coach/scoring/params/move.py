"""What a rubric may set on a `move` check; `coach.scoring.checks.move` scores it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from coach.content.model_base import checked_regex
from coach.scoring.params.base import CheckParams
from coach.text.phrases import DEFAULT_MAX_GAP

MoveName = Literal["greeting", "acknowledgement", "apology", "explanation", "next_step", "closing"]


class Params(CheckParams):
    move: MoveName
    cues: list[str] = Field(min_length=1)
    position: Literal["any", "start", "end"] = "any"
    window: int = Field(default=2, ge=1)
    qualifiers: list[str] = Field(default_factory=list)
    qualifier_patterns: list[str] = Field(default_factory=list)
    partial: float = Field(default=0.5, ge=0, le=1)
    partial_message: str | None = None
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)

    @field_validator("qualifier_patterns")
    @classmethod
    def _valid_regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            checked_regex(pattern, quoted=True)
        return value
