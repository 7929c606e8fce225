"""Hedged promises: sentences that decline to promise ("I can't promise it will be fixed
today", "No engineer can guarantee it won't happen again", «обещать это я не могу»).

A sentence encoder hears the promise and barely the "can't" in front of it, so the
over-promise head reads these careful sentences as the very thing they avoid. What a
negated promise word governs is not promised; what the rest of the sentence says ("…, but
it will be back by five") still may be, and is judged alone.
"""

from __future__ import annotations

from bisect import bisect_right

from coach.text.analysis import Analysis
from coach.text.languages import profile
from coach.text.negation import governed_at, negated_by_a_later_clause, negations_of

# «обещать не могу», «обещать его я не буду»: how far after a promise word in Russian word
# order its negation may stand, in tokens.
TRAILING_REACH = 3


def hedged_sentences(analysis: Analysis) -> frozenset[int]:
    """Start offsets of the sentences in which a promise word is negated. Built once per
    analysis."""
    return analysis.memo("hedged-sentences", _hedged_sentences)


def hedged_words(analysis: Analysis) -> frozenset[int]:
    """Start offsets of the promise words a negation governs ("promise" in "I can't
    promise"): a listed phrase "обещаю" matched on «обещать не могу» is forgiven."""
    return analysis.memo("hedged-words", _hedged_words)


def _hedged_sentences(analysis: Analysis) -> frozenset[int]:
    start_of = {s.first_token: s.start for s in analysis.sentences}
    # The same memo the avoid check's negation lookup fills: one list per analysis.
    ends = analysis.memo("token_ends", lambda a: [token.end for token in a.tokens])
    return frozenset(
        start_of[analysis.sentence_first_of[bisect_right(ends, offset)]]
        for offset in hedged_words(analysis)
    )


def _hedged_words(analysis: Analysis) -> frozenset[int]:
    language = profile(analysis.language)
    words = language.promise_words
    if not words:
        return frozenset()
    negations = negations_of(analysis)
    if not negations.positions:
        return frozenset()
    found = analysis.lemma_positions
    tokens = analysis.tokens
    hedged: set[int] = set()
    later = language.governed_from_after
    for index in sorted({i for word in words for i in found.get(word, ())}):
        start = tokens[index].start
        if (
            negations.reaches(index)
            or governed_at(analysis, start)
            or (
                later is not None
                and later(tokens[index].text.lower())
                and (_negated_after(analysis, index) or negated_by_a_later_clause(analysis, start))
            )
        ):
            hedged.add(start)
    return frozenset(hedged)


def _negated_after(analysis: Analysis, index: int) -> bool:
    """A negation within a few tokens after the word at `index`, in the same clause:
    «обещать не могу», «гарантий дать не могу»."""
    token = analysis.tokens[index]
    negations = negations_of(analysis)
    last = min(index + TRAILING_REACH, analysis.sentence_end_of[index] - 1)
    k = bisect_right(negations.positions, index)
    if k == len(negations.positions) or negations.positions[k] > last:
        return False
    following = analysis.tokens[negations.positions[k]].start
    return not negations.clause_break.search(analysis.text, token.end, following)
