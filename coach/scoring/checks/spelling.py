"""`spelling`: spelling and grammar issues per 100 words, from the active back end.

The score is 1 with no issues and falls to 0 at `max_rate` issues per 100 words.
"""

from __future__ import annotations

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.report import Suggestion


class Params(CheckParams):
    """What a rubric may set on a `spelling` check."""

    max_rate: float = Field(default=6.0, gt=0)


SOURCE = "spelling"


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    words = ctx.analysis.word_count
    if words == 0:
        return CheckResult(None)
    issues = ctx.spelling.issues
    findings = [
        make_finding(
            check,
            ctx,
            issue.start,
            issue.end,
            message=issue.message if issue.kind != "spelling" else None,
            severity="minor",
            suggestions=tuple(
                Suggestion(s, f"{SOURCE} ({ctx.spelling.backend})") for s in issue.suggestions
            ),
        )
        for issue in issues
    ]
    rate = 100.0 * len(issues) / words
    return CheckResult(max(0.0, 1.0 - rate / params.max_rate), findings)
