"""What a rubric may set on a `sentence_role` check; `coach.scoring.checks.sentence_role`
scores it."""

from __future__ import annotations

from pydantic import Field, field_validator

from coach.scoring.judgement.roles import NEGATIVE_ROLES
from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    # The negative roles this check looks for (blame, condescension, dismissal,
    # unprofessional, over_promise).
    roles: list[str] = Field(min_length=1)
    # P(role) at or above which a sentence is judged to play it.
    threshold: float = Field(default=0.5, gt=0, lt=1)
    # Points lost per judged sentence (of this check's weight).
    penalty: float = Field(default=0.6, gt=0, le=1)
    # Overall (and this check's dimension) held at or below this when a sentence is found
    # with confidence of at least `cap_confidence`.
    cap: float | None = Field(default=None, ge=0, le=100)
    cap_confidence: float = Field(default=0.6, gt=0, lt=1)
    # Sentences that extend the role for this rubric or scenario ("what counts as blame in
    # this product"): a reply sentence this close in meaning is judged to play it.
    examples: list[str] = Field(default_factory=list)
    similarity: float = Field(default=0.8, gt=0, lt=1)

    @field_validator("roles")
    @classmethod
    def _negative_roles(cls, value: list[str]) -> list[str]:
        for role in value:
            if role not in NEGATIVE_ROLES:
                known = ", ".join(NEGATIVE_ROLES)
                raise ValueError(f"unknown role {role!r}: use one of {known}")
        return value
