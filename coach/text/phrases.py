"""Find lexicon phrases in an analysed text by lemma, tolerating a few inserted words.

Every phrase word must appear, in order, with at most `max_gap` other tokens between two
phrase words: "I understand" matches "I really do understand", and "приносим извинения"
matches "приносим вам свои извинения" with a gap of 2.
Matches just after a negation ("I don't understand", "это не ваша вина") are marked
`negated` so presence checks can ignore them and avoidance checks can forgive them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from coach.content.enums import Language
from coach.text.analysis import Analysis
from coach.text.tokens import phrase_lemmas

DEFAULT_MAX_GAP = 2
NEGATION_WINDOW = 3
_CLAUSE_BREAK = re.compile(
    r"[,;:—–()]|\b(?:but|however|although|though|но|однако|зато|хотя)\b", re.IGNORECASE
)
_NEGATIONS: dict[Language, frozenset[str]] = {
    "en": frozenset({"not", "no", "never", "nobody", "nothing", "neither", "nor", "without"}),
    "ru": frozenset({"не", "нет", "ни", "никогда", "никак", "ничто", "без"}),
}


class PhraseMatch(NamedTuple):
    """Where `phrase` matched: character span and token range of the match."""

    phrase: str
    start: int
    end: int
    first_token: int
    last_token: int
    negated: bool


Compiled = tuple[frozenset[str], ...]


@lru_cache(maxsize=20_000)
def compile_phrase(phrase: str, language: Language) -> Compiled:
    return phrase_lemmas(phrase, language)


@dataclass(frozen=True)
class _Lexicon:
    """A phrase list compiled once: longest phrases first, indexed by first-word lemma."""

    phrases: tuple[tuple[str, Compiled], ...]
    by_first_lemma: dict[str, tuple[int, ...]]


@lru_cache(maxsize=4096)
def _lexicon(phrases: tuple[str, ...], language: Language) -> _Lexicon:
    """Lexicons are fixed per rubric: compile and index each list once, not per keystroke."""
    ordered = tuple(
        sorted(
            ((phrase, compile_phrase(phrase, language)) for phrase in phrases),
            key=lambda item: -len(item[1]),
        )
    )
    index: dict[str, list[int]] = {}
    for position, (_, lemmas) in enumerate(ordered):
        for lemma in lemmas[0] if lemmas else ():
            index.setdefault(lemma, []).append(position)
    return _Lexicon(ordered, {k: tuple(v) for k, v in index.items()})


def find_phrases(
    analysis: Analysis,
    phrases: Iterable[str],
    max_gap: int = DEFAULT_MAX_GAP,
    strict: bool = False,
) -> list[PhraseMatch]:
    """Every non-overlapping match of any phrase, longest phrase first, in text order.

    `strict` matches each reply word by its most likely lemma only (for lists of things to
    avoid, where a homonym must not fire); otherwise any reading of the word counts.
    """
    lexicon = _lexicon(tuple(phrases), analysis.language)
    present = analysis.primary_lemma_set if strict else analysis.lemma_set
    # Only phrases whose first word occurs in the reply can match; the index finds them
    # without looking at the hundreds of lexicon phrases that share nothing with it.
    candidates = sorted(
        {
            i
            for lemma in present & lexicon.by_first_lemma.keys()
            for i in lexicon.by_first_lemma[lemma]
        }
    )
    taken: set[int] = set()
    matches = []
    for position in candidates:
        phrase, lemmas = lexicon.phrases[position]
        if len(lemmas) > 1 and any(options.isdisjoint(present) for options in lemmas[1:]):
            continue
        for match in _matches_of(analysis, phrase, lemmas, max_gap, strict):
            covered = set(range(match.first_token, match.last_token + 1))
            if covered & taken:
                continue
            taken |= covered
            matches.append(match)
    return sorted(matches, key=lambda m: m.start)


def _matches_of(
    analysis: Analysis, phrase: str, lemmas: Compiled, max_gap: int, strict: bool
) -> list[PhraseMatch]:
    """Matches of one phrase, cached on the analysis: several checks share phrases."""
    key = (lemmas, max_gap, strict)
    cached = analysis.phrase_cache.get(key)
    if cached is None:
        cached = _scan(analysis, lemmas, max_gap, strict)
        analysis.phrase_cache[key] = cached
    return [PhraseMatch(phrase, *span) for span in cached]


Span = tuple[int, int, int, int, bool]


def _scan(analysis: Analysis, lemmas: Compiled, max_gap: int, strict: bool) -> list[Span]:
    tokens = analysis.tokens
    positions = analysis.primary_positions if strict else analysis.lemma_positions
    readings = analysis.primary_readings if strict else analysis.readings
    starts = sorted({i for lemma in lemmas[0] for i in positions.get(lemma, ())})
    self_negating = any(not _NEGATIONS[analysis.language].isdisjoint(o) for o in lemmas)
    found: list[Span] = []
    last_end = -1
    for start in starts:
        if start <= last_end:
            continue
        position = start
        # A phrase never spans two sentences ("...save you from. You're right" is not
        # "you are right").
        sentence_end = analysis.sentence_end_token(start) if len(lemmas) > 1 else 0
        for options in lemmas[1:]:
            limit = min(sentence_end, position + 2 + max_gap)
            for i in range(position + 1, limit):
                if not options.isdisjoint(readings[i]):
                    position = i
                    break
            else:
                position = -1
                break
        if position < 0:
            continue
        last_end = position
        negated = not self_negating and (
            _negated_before(analysis, start) or _negated_inside(analysis, start, position)
        )
        found.append((tokens[start].start, tokens[position].end, start, position, negated))
    return found


def _negation_positions(analysis: Analysis) -> list[int]:
    """Indexes of the reply's negation tokens (computed once per analysis)."""
    key = ("negations",)
    found = analysis.phrase_cache.get(key)
    if found is None:
        negations = _NEGATIONS[analysis.language]
        found = [i for i, t in enumerate(analysis.tokens) if not negations.isdisjoint(t.lemmas)]
        analysis.phrase_cache[key] = found
    return found


def _negated_inside(analysis: Analysis, first: int, last: int) -> bool:
    """A negation among the words a gap let in: "I can't promise" is not "I promise"."""
    positions = _negation_positions(analysis)
    return bisect_left(positions, last) > bisect_right(positions, first)


def _negated_before(analysis: Analysis, start: int) -> bool:
    """A negation in the few tokens before `start`, within the same sentence."""
    positions = _negation_positions(analysis)
    if not positions:
        return False
    floor = max(analysis.sentence_first_token(start), start - NEGATION_WINDOW)
    begin = analysis.tokens[start].start
    # "can't be 500, read the documentation": a clause break ends the negation's reach.
    for index in positions[bisect_left(positions, floor) : bisect_left(positions, start)]:
        if not _CLAUSE_BREAK.search(analysis.text, analysis.tokens[index].end, begin):
            return True
    return False
