"""`sentence_length`: sentences longer than `max_words` are hard to follow.

Each over-long sentence is a finding on its span; the score is the share of words that
sit in sentences of acceptable length, so one long sentence in a long reply costs little.
"""

from __future__ import annotations

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding


class Params(CheckParams):
    """What a rubric may set on a `sentence_length` check."""

    max_words: int = Field(default=28, ge=5)


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    sentences = [s for s in ctx.analysis.sentences if s.word_count]
    total = sum(s.word_count for s in sentences)
    if not total:
        return CheckResult(None)
    long_ones = [s for s in sentences if s.word_count > params.max_words]
    excess = sum(s.word_count for s in long_ones)
    findings = [
        make_finding(check, ctx, s.start, s.end, words=s.word_count, max=params.max_words)
        for s in long_ones
    ]
    return CheckResult(1.0 - excess / total, findings)
