"""`phrases`: the reply should use at least `min_matches` of these phrases (lemma-matched).

Saying it once earns full credit; repeating it earns nothing more (hard to game). Negated
uses ("I don't understand") do not count.
"""

from __future__ import annotations

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.text.phrases import DEFAULT_MAX_GAP, PhraseMatch, find_phrases


class Params(CheckParams):
    """What a rubric may set on a `phrases` check."""

    phrases: list[str] = Field(min_length=1)
    min_matches: int = Field(default=1, ge=1)
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)
    evidence_message: str | None = None


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    matches = [
        m for m in find_phrases(ctx.analysis, params.phrases, params.max_gap) if not m.negated
    ]
    # The first use of each phrase is the evidence: a repeat earns nothing, so listing it
    # again ("Good: “let's”" twice) would only lengthen the findings.
    first: dict[str, PhraseMatch] = {}
    for m in sorted(matches, key=lambda m: m.start):
        first.setdefault(m.phrase, m)
    score = min(1.0, len(first) / params.min_matches)
    findings = [
        make_finding(
            check,
            ctx,
            m.start,
            m.end,
            message=params.evidence_message or "“%s”",
            severity="positive",
        )
        for m in first.values()
    ]
    if score < 1.0:
        findings.append(make_finding(check, ctx, found=len(first), needed=params.min_matches))
    return CheckResult(score, findings)
