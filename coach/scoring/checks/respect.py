"""`respect`: credit for a reply that stays respectful: none of the listed checks (blame,
condescension, dismissal, shouting…) found anything.

The avoid checks only take points away, so without this a courteous reply with no
pleasantries would look no more respectful than a hostile one. It applies only to replies
of at least `min_words`, so a two-word reply earns nothing for its silence.
"""

from __future__ import annotations

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding


class Params(CheckParams):
    """What a rubric may set on a `respect` check."""

    checks: list[str] = Field(min_length=1)
    min_words: int = Field(default=8, ge=1)
    # The rubric says it in its language; the default assumes none.
    evidence_message: str = "✓"

    def referenced_checks(self) -> tuple[str, ...]:
        return tuple(self.checks)


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    from coach.scoring.engine import result_of  # noqa: PLC0415 - the engine imports us

    params = check.params
    assert isinstance(params, Params)
    if ctx.analysis.word_count < params.min_words:
        return CheckResult(None)
    for check_id in params.checks:
        result = result_of(check_id, ctx)
        if result is None or result.score is None:
            continue
        if any(not f.is_positive for f in result.findings):
            return CheckResult(0.0, [make_finding(check, ctx, culprit=check_id)])
    return CheckResult(
        1.0, [make_finding(check, ctx, message=params.evidence_message, severity="positive")]
    )
