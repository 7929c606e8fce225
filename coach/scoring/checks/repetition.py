"""`repetition`: near-duplicate sentences pad a reply and read as copy-paste.

Pasting an apology five times must not look five times as sorry: every sentence that is a
near copy (rapidfuzz ratio >= `similarity`) of an earlier one is a finding and lowers the
score.
"""

from __future__ import annotations

from pydantic import Field
from rapidfuzz import fuzz, process

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding


class Params(CheckParams):
    """What a rubric may set on a `repetition` check."""

    similarity: float = Field(default=85, ge=50, le=100)
    penalty: float = Field(default=0.4, gt=0, le=1)


MIN_WORDS = 3
MAX_SENTENCES_COMPARED = 400


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    analysis = ctx.analysis
    sentences = [s for s in analysis.sentences if s.word_count >= MIN_WORDS]
    sentences = sentences[:MAX_SENTENCES_COMPARED]  # bounded: a huge paste stays fast
    seen: list[str] = []
    findings = []
    for sentence in sentences:
        normal = " ".join(analysis.text[sentence.start : sentence.end].lower().split())
        # An exact copy (the usual paste) scores 100, whatever the cutoff: no need to ask
        # rapidfuzz, whose call costs more than the comparison.
        if normal in seen or (
            seen
            and process.extractOne(normal, seen, scorer=fuzz.ratio, score_cutoff=params.similarity)
        ):
            findings.append(make_finding(check, ctx, sentence.start, sentence.end))
        else:
            seen.append(normal)
    if not sentences:
        return CheckResult(None)
    return CheckResult(max(0.0, 1.0 - params.penalty * len(findings)), findings)
