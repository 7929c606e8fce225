"""`move`: a structural move of a good reply (greeting, acknowledgement, apology,
explanation, next step, closing), recognised by cue phrases in the right place.

`position` limits where the cue may appear: the first or last `window` sentences (a
greeting belongs at the top, a closing at the bottom). With `qualifiers` (an owner such as
"I will", or a time such as "by 15:00"), a cue without a qualifier in the same sentence
earns `partial` credit: "please try again" is a next step, "I will check the logs and write
back by 3 pm" is a committed one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.params.move import Params
from coach.scoring.report import Finding
from coach.text.analysis import Analysis, SentenceInfo
from coach.text.phrases import PhraseMatch, find_phrases


@lru_cache(maxsize=1024)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _allowed_sentences(ctx: CheckContext, params: Params) -> tuple[list[SentenceInfo], list[int]]:
    """The sentences where the cue may stand, and where each starts."""
    sentences, starts = ctx.analysis.memo("move:sentences-with-words", _sentences_with_words)
    if params.position == "start":
        return sentences[: params.window], starts[: params.window]
    if params.position == "end":
        return sentences[-params.window :], starts[-params.window :]
    return sentences, starts


def _sentences_with_words(analysis: Analysis) -> tuple[list[SentenceInfo], list[int]]:
    sentences = [s for s in analysis.sentences if s.end_token > s.first_token]
    return sentences, [s.start for s in sentences]


def _containing(sentences: list[SentenceInfo], starts: list[int], at: int) -> SentenceInfo | None:
    """The sentence (of these, in order) holding character `at`, if any."""
    k = bisect_right(starts, at) - 1
    return sentences[k] if k >= 0 and at < sentences[k].end else None


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    allowed, starts = _allowed_sentences(ctx, params)
    cues = [
        m
        for m in find_phrases(ctx.analysis, params.cues, params.max_gap)
        if not m.negated and _containing(allowed, starts, m.start) is not None
    ]
    if not cues:
        return CheckResult(0.0, [make_finding(check, ctx, move=params.move)])
    if not params.qualifiers and not params.qualifier_patterns:
        return CheckResult(1.0, [_evidence(check, ctx, cues[0], params)])
    qualifier_matches = [
        m for m in find_phrases(ctx.analysis, params.qualifiers, params.max_gap) if not m.negated
    ]
    for cue in cues:
        sentence = _containing(allowed, starts, cue.start)
        assert sentence is not None
        if _qualified(ctx, sentence, params, qualifier_matches):
            return CheckResult(1.0, [_evidence(check, ctx, cue, params)])
    cue = cues[0]
    message = params.partial_message or check.message
    return CheckResult(
        params.partial,
        [make_finding(check, ctx, cue.start, cue.end, message=message, move=params.move)],
    )


def _qualified(
    ctx: CheckContext, sentence: SentenceInfo, params: Params, matches: list[PhraseMatch]
) -> bool:
    if any(sentence.start <= m.start < sentence.end for m in matches):
        return True
    text = ctx.analysis.text[sentence.start : sentence.end]
    return any(_regex(p).search(text) for p in params.qualifier_patterns)


def _evidence(check: RubricCheck, ctx: CheckContext, cue: PhraseMatch, params: Params) -> Finding:
    label = params.move.replace("_", " ")
    return make_finding(
        check, ctx, cue.start, cue.end, message=f"Good {label}: “%s”", severity="positive"
    )
