"""`length`: the reply's word count fits its channel (a chat line vs an e-mail).

Inside [min, max] scores 1; shorter scores words/min; longer decays as max/words, so a
100 000-character paste scores near 0 and is flagged as far too long.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding


class Range(CheckParams):
    """Word counts a reply on one channel should stay within."""

    min: int = Field(ge=0)
    max: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError("'min' must not exceed 'max'")
        return self


class Params(CheckParams):
    """What a rubric may set on a `length` check."""

    chat: Range = Range(min=12, max=120)
    email: Range = Range(min=40, max=280)
    default: Range = Range(min=20, max=250)
    too_short_message: str = "Too short for {channel}: {words} words (aim for at least {min})."
    too_long_message: str = "Too long for {channel}: {words} words (aim for at most {max})."


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    channel = ctx.scenario.channel if ctx.scenario else "default"
    limits: Range = getattr(params, channel)
    words = ctx.analysis.word_count
    shown = channel if channel != "default" else "a reply"
    if words < limits.min:
        score = words / limits.min if limits.min else 1.0
        return CheckResult(
            score,
            [
                make_finding(
                    check,
                    ctx,
                    message=params.too_short_message,
                    min=limits.min,
                    channel=shown,
                    words=words,
                )
            ],
        )
    if words > limits.max:
        return CheckResult(
            limits.max / words,
            [
                make_finding(
                    check,
                    ctx,
                    message=params.too_long_message,
                    max=limits.max,
                    channel=shown,
                    words=words,
                )
            ],
        )
    return CheckResult(1.0)
