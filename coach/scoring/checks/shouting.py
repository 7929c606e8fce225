"""`shouting`: words in capitals and runs of "!!" / "?!" read as raised voice.

Acronyms (API, VIP, HTTP) and the scenario's vocabulary are exempt: a lone capitalised
word shorter than `min_letters` is taken for an acronym, but a run of two or more ("NOT
ACCEPTABLE") is shouting whatever the length of its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.identity_cache import by_identity
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.text.tokens import Token


class Params(CheckParams):
    """What a rubric may set on a `shouting` check."""

    min_letters: int = Field(default=5, ge=2)
    allow: list[str] = Field(default_factory=list)
    penalty: float = Field(default=0.35, gt=0, le=1)
    punctuation_message: str = "“%s” reads as shouting; one mark is enough."


_PUNCTUATION_RUN = re.compile(r"[!?]*!(?:[!?]+)|\?{3,}")
_RUN_SEEDS = ("!!", "!?", "???")


@by_identity
def _allowed(check: RubricCheck, accepted: frozenset[str]) -> frozenset[str]:
    params = check.params
    assert isinstance(params, Params)
    return frozenset(w.lower() for w in params.allow) | accepted


def _caps_runs(tokens: Sequence[Token], allowed: set[str] | frozenset[str]) -> list[list[Token]]:
    """Consecutive all-caps words ("NOT ACCEPTABLE"); a lone short one is an acronym."""
    # Cheapest test first, in one comprehension: almost no token is in capitals.
    shouted = [
        i
        for i, token in enumerate(tokens)
        if token.text.isupper()
        and len(token.text) >= 2
        and token.kind == "word"
        and token.text.lower() not in allowed
    ]
    runs: list[list[Token]] = []
    previous = -2
    for index in shouted:
        if runs and index == previous + 1:
            runs[-1].append(tokens[index])
        else:
            runs.append([tokens[index]])
        previous = index
    return runs


def _mark_runs(text: str) -> list[tuple[int, int]]:
    """The maximal runs of "!" and "?" that hold "!!", "!?" or "???", as every
    shouting run does. Found from those seeds with `str.find`: the pattern itself cannot be
    searched quickly (it may start with any number of marks), and most replies have none."""
    runs: set[tuple[int, int]] = set()
    for seed in _RUN_SEEDS:
        at = text.find(seed)
        while at >= 0:
            low, high = at, at + len(seed)
            while low > 0 and text[low - 1] in "!?":
                low -= 1
            while high < len(text) and text[high] in "!?":
                high += 1
            runs.add((low, high))
            at = text.find(seed, high)
    return sorted(runs)


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    allowed = _allowed(check, ctx.accepted_words)
    findings = [
        make_finding(check, ctx, run[0].start, run[-1].end)
        for run in _caps_runs(ctx.analysis.tokens, allowed)
        if len(run) >= 2 or len(run[0].text) >= params.min_letters
    ]
    text = ctx.analysis.text
    for low, high in _mark_runs(text):
        for match in _PUNCTUATION_RUN.finditer(text, low, high):
            findings.append(
                make_finding(
                    check, ctx, match.start(), match.end(), message=params.punctuation_message
                )
            )
    findings.sort(key=lambda f: f.start or 0)
    return CheckResult(max(0.0, 1.0 - params.penalty * len(findings)), findings)
