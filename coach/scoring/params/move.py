"""What a rubric may set on a `move` check; `coach.scoring.checks.move` scores it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from coach.content.model_base import checked_regex
from coach.scoring.judgement.roles import POSITIVE_ROLES
from coach.scoring.params.base import CheckParams
from coach.text.phrases import DEFAULT_MAX_GAP

MoveName = Literal["greeting", "acknowledgement", "apology", "explanation", "next_step", "closing"]


class Params(CheckParams):
    move: MoveName
    # The sentence roles that make this move (default: the role named like the move).
    roles: list[str] = Field(default_factory=list)
    # P(role) at or above which a sentence makes the move, judged by meaning.
    threshold: float = Field(default=0.5, gt=0, lt=1)
    # Cue phrases: a sentence with one makes the move at the lower `cue_threshold` (the
    # phrase alone is not enough: "happens" is no explanation, "TRY" no next step).
    cues: list[str] = Field(default_factory=list)
    cue_threshold: float = Field(default=0.2, gt=0, lt=1)
    evidence_message: str | None = None
    position: Literal["any", "start", "end"] = "any"
    window: int = Field(default=2, ge=1)
    qualifiers: list[str] = Field(default_factory=list)
    qualifier_patterns: list[str] = Field(default_factory=list)
    partial: float = Field(default=0.5, ge=0, le=1)
    partial_message: str | None = None
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, value: list[str]) -> list[str]:
        for role in value:
            if role not in POSITIVE_ROLES:
                raise ValueError(f"unknown role {role!r}: use one of {', '.join(POSITIVE_ROLES)}")
        return value

    @field_validator("qualifier_patterns")
    @classmethod
    def _valid_regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            checked_regex(pattern, quoted=True)
        return value
