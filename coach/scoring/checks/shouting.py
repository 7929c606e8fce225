"""`shouting`: words in capitals and runs of "!!" / "?!" read as raised voice.

Acronyms (API, VIP, HTTP) and the scenario's vocabulary are exempt; short capitalised
tokens are treated as acronyms.
"""

from __future__ import annotations

import re

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding

_PUNCTUATION_RUN = re.compile(r"[!?]*!(?:[!?]+)|\?{3,}")


class Params(CheckParams):
    min_letters: int = Field(default=5, ge=2)
    allow: list[str] = Field(default_factory=list)
    penalty: float = Field(default=0.35, gt=0, le=1)
    punctuation_message: str = "“%s” reads as shouting; one mark is enough."


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    allowed = {w.lower() for w in params.allow} | ctx.accepted_words
    findings = []
    for token in ctx.analysis.tokens:
        text = token.text
        if (
            token.is_word
            and text.isupper()
            and len(text) >= params.min_letters
            and text.lower() not in allowed
        ):
            findings.append(make_finding(check, ctx, token.start, token.end))
    for match in _PUNCTUATION_RUN.finditer(ctx.analysis.text):
        findings.append(
            make_finding(check, ctx, match.start(), match.end(), message=params.punctuation_message)
        )
    findings.sort(key=lambda f: f.start or 0)
    return CheckResult(max(0.0, 1.0 - params.penalty * len(findings)), findings)
