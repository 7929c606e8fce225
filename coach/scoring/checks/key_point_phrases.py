"""Key points by phrase: any listed phrase, or one phrase from every `requires` group
(lemma-matched, with a fuzzy fallback for a misspelt long word)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from rapidfuzz import fuzz, process

from coach.content.scenario import KeyPoint
from coach.text.analysis import Analysis
from coach.text.negation import clause_pieces, denying_sentences, negations_of
from coach.text.phrases import PhraseMatch, compile_phrase, find_phrases

FUZZY_MIN_LENGTH = 6


def key_point_spans(
    analysis: Analysis,
    point: KeyPoint,
    max_gap: int = 3,
    fuzzy_threshold: float = 88,
    excluded: Callable[[int], bool] | None = None,
) -> list[tuple[int, int]] | None:
    """Spans that show `point` is covered, or None when it is not; a match starting where
    `excluded` says (a sentence judged negative) does not count."""

    def first(phrases: list[str]) -> tuple[int, int] | None:
        for m in find_phrases(analysis, phrases, max_gap):
            if m.negated and _denied(analysis, m.first_token):
                continue  # "the reminders can't be resent" denies the point
            if excluded is None or not excluded(m.start):
                return m.start, m.end
        fuzzy = _fuzzy(analysis, phrases, fuzzy_threshold)
        if fuzzy is None or (excluded is not None and excluded(fuzzy[0])):
            return None
        starts = analysis.memo("token_starts", lambda a: [t.start for t in a.tokens])
        token = bisect_right(starts, fuzzy[0]) - 1
        negations = negations_of(analysis)
        return None if negations.negate(token, token) and _denied(analysis, token) else fuzzy

    if point.phrases:
        span = first(point.phrases) or _unordered(analysis, point.phrases, excluded)
        if span is not None:
            return [span]
    if point.requires:
        spans = []
        for group in point.requires:
            span = first(group)
            if span is None:
                return None
            spans.append(span)
        return spans
    return None


# A phrase of this many words may match in any order within one sentence.
UNORDERED_WORDS = (2, 4)


def _unordered(
    analysis: Analysis, phrases: list[str], excluded: Callable[[int], bool] | None
) -> tuple[int, int] | None:
    """A phrase's words in one clause in another order: «30 апреля она закончится» says
    "закончится 30 апреля", "the cancellation is scheduled" says "scheduled the
    cancellation". One clause, not one sentence: "…a note to the owner, asking them to add
    you" does not say "ask the owner". Not in a sentence with a denying negation: the words
    are there, the order that would show what the negation reaches is not."""
    low, high = UNORDERED_WORDS
    clause_of: list[tuple[int, int] | None] | None = None
    for phrase in phrases:
        lemmas = compile_phrase(phrase, analysis.language)
        if not low <= len(lemmas) <= high:
            continue
        positions = [
            sorted({i for r in readings for i in analysis.lemma_positions.get(r, ())})
            for readings in lemmas
        ]
        if not all(positions):
            continue
        if clause_of is None:
            clause_of = analysis.memo("key-points:clause-of-token", _clause_of_token)
        # Each clause holding the rarest word, in text order: linear in the reply.
        rarest = min(positions, key=len)
        for token in rarest:
            clause = clause_of[token]
            if clause is None:
                continue
            found = [_first_in(p, *clause) for p in positions]
            tokens = [f for f in found if f is not None]
            if len(tokens) < len(found):
                continue
            start, stop = analysis.tokens[min(tokens)].start, analysis.tokens[max(tokens)].end
            if excluded is None or not excluded(start):
                return start, stop
    return None


def _clause_of_token(analysis: Analysis) -> list[tuple[int, int] | None]:
    """Per token, (first token, end token) of its clause (`clause_pieces`); None in a
    denying sentence and for the punctuation between clauses."""
    starts = analysis.memo("token_starts", lambda a: [t.start for t in a.tokens])
    denying = denying_sentences(analysis)
    clause_of: list[tuple[int, int] | None] = [None] * len(analysis.tokens)
    for sentence in analysis.sentences:
        if sentence.start in denying:
            continue
        for begin, piece in clause_pieces(analysis.text, sentence):
            first, end = bisect_left(starts, begin), bisect_left(starts, begin + len(piece))
            for token in range(first, end):
                clause_of[token] = (first, end)
    return clause_of


def _first_in(positions: list[int], first: int, end: int) -> int | None:
    """The first of the sorted `positions` in [first, end)."""
    k = bisect_left(positions, first)
    return positions[k] if k < len(positions) and positions[k] < end else None


def denied_matches(analysis: Analysis, point: KeyPoint, max_gap: int = 3) -> list[PhraseMatch]:
    """Where one of `point`'s phrases is said under a negation that denies it ("the
    reminders can't be resent"). Only `phrases`, which state the point whole; a `requires`
    word ("page_size") is denied in true sentences too ("we can't raise the page_size
    limit")."""
    return [
        m
        for m in find_phrases(analysis, point.phrases, max_gap)
        if m.negated and _denied(analysis, m.first_token)
    ]


def _denied(analysis: Analysis, token: int) -> bool:
    """A negation reaching `token` denies (not "no more than 200", which sets a limit)."""
    return not negations_of(analysis).only_bounds(token)


def _fuzzy(analysis: Analysis, phrases: list[str], threshold: float) -> tuple[int, int] | None:
    # Only single long words: "paramter" still means "parameter"; short words are too
    # easy to confuse.
    singles = [p.lower() for p in phrases if " " not in p.strip() and len(p) >= FUZZY_MIN_LENGTH]
    if not singles:
        return None
    # Once per analysis: every key point that needs the fallback reads them.
    words, spans = analysis.memo("key-points:long-words", _long_words)
    first: int | None = None
    for phrase in singles:
        # Ratio is symmetric, so each phrase is compared with every word in one C call.
        for _, _, index in process.extract(
            phrase, words, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
        ):
            if first is None or index < first:
                first = index
    return None if first is None else spans[first]


def _long_words(analysis: Analysis) -> tuple[list[str], list[tuple[int, int]]]:
    """The reply's distinct long words (lower case) and where each first occurs."""
    first: dict[str, tuple[int, int]] = {}
    for token in analysis.tokens:
        if len(token.text) >= FUZZY_MIN_LENGTH:
            first.setdefault(token.text.lower(), (token.start, token.end))
    return list(first), list(first.values())
