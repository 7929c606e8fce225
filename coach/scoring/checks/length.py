"""`length`: the reply's word count fits its channel (a chat line vs an e-mail).

Inside [min, max] scores 1; shorter scores words/min; longer decays as max/words, so a
100 000-character paste scores near 0 and is flagged as far too long.
"""

from __future__ import annotations

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.params.length import Params, Range


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
