"""`readability`: Flesch reading ease (per-language formula) inside a target range.

Inside [min, max] scores 1; outside, the score falls linearly to 0 over `tolerance`
points. Replies too short to measure are not judged (the check drops out).
"""

from __future__ import annotations

from pydantic import Field, model_validator

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding


class Params(CheckParams):
    """What a rubric may set on a `readability` check."""

    min: float = Field(default=50, ge=0, le=100)
    max: float = Field(default=100, ge=0, le=100)
    tolerance: float = Field(default=30, gt=0)
    too_easy_message: str = "The reply reads as over-simplified (reading ease {ease:.0f})."

    @model_validator(mode="after")
    def _ordered(self) -> Params:
        if self.min > self.max:
            raise ValueError("'min' must not exceed 'max'")
        return self


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    ease = ctx.analysis.reading_ease
    if ease is None:
        return CheckResult(None)
    if params.min <= ease <= params.max:
        return CheckResult(1.0)
    distance = params.min - ease if ease < params.min else ease - params.max
    score = max(0.0, 1.0 - distance / params.tolerance)
    message = params.too_easy_message if ease > params.max else None
    return CheckResult(
        score, [make_finding(check, ctx, message=message, ease=ease, target=params.min)]
    )
