"""What a rubric may set on a `length` check; `coach.scoring.checks.length` scores it."""

from __future__ import annotations

from pydantic import Field, model_validator

from coach.scoring.params.base import CheckParams


class Range(CheckParams):
    min: int = Field(ge=0)
    max: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError("'min' must not exceed 'max'")
        return self


class Params(CheckParams):
    chat: Range = Range(min=12, max=120)
    email: Range = Range(min=40, max=280)
    default: Range = Range(min=20, max=250)
    too_short_message: str = "Too short for {channel}: {words} words (aim for at least {min})."
    too_long_message: str = "Too long for {channel}: {words} words (aim for at most {max})."
