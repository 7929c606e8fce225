"""`readability`: Flesch reading ease (per-language formula) inside a target range.

Inside [min, max] scores 1; outside, the score falls linearly to 0 over `tolerance`
points. Replies too short to measure are not judged (the check drops out).
"""

from __future__ import annotations

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.params.readability import Params


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
