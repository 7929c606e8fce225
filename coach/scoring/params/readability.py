"""What a rubric may set on a `readability` check; `coach.scoring.checks.readability` scores it."""

from __future__ import annotations

from pydantic import Field, model_validator

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    min: float = Field(default=50, ge=0, le=100)
    max: float = Field(default=100, ge=0, le=100)
    tolerance: float = Field(default=30, gt=0)
    too_easy_message: str = "The reply reads as over-simplified (reading ease {ease:.0f})."

    @model_validator(mode="after")
    def _ordered(self) -> Params:
        if self.min > self.max:
            raise ValueError("'min' must not exceed 'max'")
        return self
