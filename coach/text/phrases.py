"""Find lexicon phrases in an analysed text by lemma, tolerating a few inserted words.

Every phrase word must appear, in order, with at most `max_gap` other tokens between two
phrase words: "I understand" matches "I really do understand", and "приносим извинения"
matches "приносим вам свои извинения" with a gap of 2.
Matches just after a negation ("I don't understand", "это не ваша вина") are marked
`negated` so presence checks can ignore them and avoidance checks can forgive them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from coach.content.enums import Language
from coach.text.analysis import Analysis
from coach.text.tokens import phrase_lemmas

DEFAULT_MAX_GAP = 2
NEGATION_WINDOW = 3
_NEGATIONS: dict[Language, frozenset[str]] = {
    "en": frozenset({"not", "no", "never", "nobody", "nothing", "neither", "nor", "without"}),
    "ru": frozenset({"не", "нет", "ни", "никогда", "никак", "ничто", "без"}),
}


@dataclass(frozen=True, slots=True)
class PhraseMatch:
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


def find_phrases(
    analysis: Analysis,
    phrases: Iterable[str],
    max_gap: int = DEFAULT_MAX_GAP,
) -> list[PhraseMatch]:
    """Every non-overlapping match of any phrase, longest phrase first, in text order."""
    compiled = sorted(
        ((phrase, compile_phrase(phrase, analysis.language)) for phrase in phrases),
        key=lambda item: -len(item[1]),
    )
    taken: set[int] = set()
    matches = []
    for phrase, lemmas in compiled:
        if not lemmas:
            continue
        for match in _matches_of(analysis, phrase, lemmas, max_gap):
            covered = set(range(match.first_token, match.last_token + 1))
            if covered & taken:
                continue
            taken |= covered
            matches.append(match)
    return sorted(matches, key=lambda m: m.start)


def _matches_of(
    analysis: Analysis, phrase: str, lemmas: Compiled, max_gap: int
) -> list[PhraseMatch]:
    tokens = analysis.tokens
    found = []
    last_end = -1
    starts = sorted({i for lemma in lemmas[0] for i in analysis.lemma_positions.get(lemma, ())})
    for start in starts:
        if start <= last_end:
            continue
        position = start
        for options in lemmas[1:]:
            limit = min(len(tokens), position + 2 + max_gap)
            position = next(
                (i for i in range(position + 1, limit) if not options.isdisjoint(tokens[i].lemmas)),
                -1,
            )
            if position < 0:
                break
        if position < 0:
            continue
        last_end = position
        found.append(
            PhraseMatch(
                phrase=phrase,
                start=tokens[start].start,
                end=tokens[position].end,
                first_token=start,
                last_token=position,
                negated=_is_negated(analysis, start, lemmas),
            )
        )
    return found


def _is_negated(analysis: Analysis, start: int, lemmas: Compiled) -> bool:
    negations = _NEGATIONS[analysis.language]
    if any(negations & options for options in lemmas):
        return False  # the phrase itself speaks about negation ("don't worry")
    sentence = analysis.sentence_of(start)
    floor = sentence.first_token if sentence else 0
    window = analysis.tokens[max(floor, start - NEGATION_WINDOW) : start]
    return any(not negations.isdisjoint(token.lemmas) for token in window)
