"""`respect`: credit for a reply that stays respectful: none of the listed checks (blame,
condescension, dismissal, shouting…) found anything.

The avoid checks only take points away, so without this a courteous reply with no
pleasantries would look no more respectful than a hostile one. It applies only to replies
of at least `min_words`, so a two-word reply earns nothing for its silence.
"""

from __future__ import annotations

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.params.respect import Params


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    from coach.scoring.checks import CHECK_TYPES  # noqa: PLC0415 - the registry imports us

    params = check.params
    assert isinstance(params, Params)
    if ctx.analysis.word_count < params.min_words:
        return CheckResult(None)
    for check_id in params.checks:
        watched = ctx.checks.get(check_id) or ctx.rubric.check_index.get(check_id)
        if watched is None or not watched.enabled:
            continue
        result = ctx.results.get(check_id) or CHECK_TYPES[watched.type].run(watched, ctx)
        if any(not f.is_positive for f in result.findings):
            return CheckResult(0.0, [make_finding(check, ctx, culprit=check_id)])
    return CheckResult(
        1.0, [make_finding(check, ctx, message=params.evidence_message, severity="positive")]
    )
