"""Find lexicon phrases in an analysed text by lemma, tolerating a few inserted words.

Every phrase word must appear, in order, with at most `max_gap` other tokens between two
phrase words: "I understand" matches "I really do understand", and "приносим извинения"
matches "приносим вам свои извинения" with a gap of 2.
Matches just after a negation ("I don't understand", "это не ваша вина") are marked
`negated` so presence checks can ignore them and avoidance checks can forgive them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from coach.content.enums import Language
from coach.identity_cache import by_identity
from coach.text.analysis import Analysis
from coach.text.negation import negations, negations_of
from coach.text.tokens import Token, phrase_lemmas

DEFAULT_MAX_GAP = 2


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


class _Pattern(NamedTuple):
    """One lexicon phrase, compiled: what `find_phrases` needs to test and scan it."""

    phrase: str
    lemmas: Compiled
    key: int  # names the lemma pattern, so the per-reply scan cache is keyed cheaply
    # What its other words (all but the indexed one) need to be in the reply at all: the
    # words with one reading as a set (one C-level subset test), the ambiguous ones as
    # option sets.
    single_needs: frozenset[str]
    ambiguous_needs: tuple[frozenset[str], ...]
    # A phrase that itself says "not"/"never" is not cancelled by its own negation.
    self_negating: bool
    # The indexed word's place in the phrase.
    anchor: int


@dataclass(frozen=True)
class _Lexicon:
    """A phrase list compiled once: longest phrases first, each indexed by the readings of
    its rarest-looking word, so one frozenset intersection finds the few candidate phrases
    for a reply (indexing by the first word would make every phrase starting with "I" or
    "we" a candidate for nearly every reply)."""

    patterns: tuple[_Pattern, ...]
    by_key: dict[str, tuple[int, ...]]
    keys: frozenset[str]


_PATTERN_IDS: dict[Compiled, int] = {}


def _pattern_id(lemmas: Compiled) -> int:
    return _PATTERN_IDS.setdefault(lemmas, len(_PATTERN_IDS))


def _index_word(lemmas: Compiled) -> int:
    """The word to index a phrase by: the longest (long words are the rare ones), with one
    reading rather than several when lengths tie."""
    return max(range(len(lemmas)), key=lambda i: (min(len(r) for r in lemmas[i]), -len(lemmas[i])))


def _compile_pattern(phrase: str, lemmas: Compiled, language: Language) -> tuple[_Pattern, int]:
    indexed = _index_word(lemmas) if lemmas else -1
    others = [o for i, o in enumerate(lemmas) if i != indexed]
    pattern = _Pattern(
        phrase,
        lemmas,
        _pattern_id(lemmas),
        frozenset(next(iter(o)) for o in others if len(o) == 1),
        tuple(o for o in others if len(o) > 1),
        any(not negations(language).isdisjoint(o) for o in lemmas),
        indexed,
    )
    return pattern, indexed


@lru_cache(maxsize=4096)
def _lexicon(phrases: tuple[str, ...], language: Language) -> _Lexicon:
    """Lexicons are fixed per rubric: compile and index each list once, not per keystroke."""
    ordered = sorted(
        ((phrase, compile_phrase(phrase, language)) for phrase in phrases),
        key=lambda item: -len(item[1]),
    )
    patterns = []
    index: dict[str, list[int]] = {}
    for position, (phrase, lemmas) in enumerate(ordered):
        pattern, indexed = _compile_pattern(phrase, lemmas, language)
        patterns.append(pattern)
        for reading in lemmas[indexed] if lemmas else ():
            index.setdefault(reading, []).append(position)
    return _Lexicon(tuple(patterns), {k: tuple(v) for k, v in index.items()}, frozenset(index))


@by_identity
def _lexicon_of(phrases: Sequence[str], language: Language) -> _Lexicon:
    """`_lexicon`, found by the identity of the (immutable) list a check passes, so the
    common case skips building and hashing a tuple of its phrases on every call."""
    return _lexicon(tuple(phrases), language)


def find_phrases(
    analysis: Analysis,
    phrases: Sequence[str],
    max_gap: int = DEFAULT_MAX_GAP,
    strict: bool = False,
) -> list[PhraseMatch]:
    """Every non-overlapping match of any phrase, longest phrase first, in text order.

    `strict` matches each reply word by its most likely lemma only (for lists of things to
    avoid, where a homonym must not fire); otherwise any reading of the word counts.
    """
    lexicon = _lexicon_of(phrases, analysis.language)
    present = analysis.primary_lemma_set if strict else analysis.lemma_set
    # Only phrases whose indexed word occurs in the reply can match; the index finds them
    # without looking at the hundreds of lexicon phrases that share nothing with it.
    shared = present & lexicon.keys
    if not shared:
        return []
    by_key = lexicon.by_key
    if len(shared) == 1:
        candidates: Iterable[int] = by_key[next(iter(shared))]
    else:
        candidates = sorted({i for lemma in shared for i in by_key[lemma]})
    matches: list[PhraseMatch] = []
    taken: set[int] = set()  # tokens a kept match covers (a match spans a few tokens)
    new = tuple.__new__  # a NamedTuple's own constructor is Python code, several times slower
    scans = analysis.derived.get((max_gap, strict))
    if scans is None:
        scans = analysis.derived[max_gap, strict] = {}
    patterns = lexicon.patterns
    disjoint = present.isdisjoint
    for position in candidates:
        pattern = patterns[position]
        if not pattern.single_needs <= present or (
            pattern.ambiguous_needs and any(map(disjoint, pattern.ambiguous_needs))
        ):
            continue
        spans = scans.get(pattern.key)
        if spans is None:
            spans = scans[pattern.key] = _scan(analysis, pattern, max_gap, strict)
        for span in spans:
            first, last = span[2], span[3]
            if taken and any(i in taken for i in range(first, last + 1)):
                continue
            taken.update(range(first, last + 1))
            # Concatenated, not unpacked: compiled, unpacking builds a list first.
            matches.append(new(PhraseMatch, (pattern.phrase,) + span))  # noqa: RUF005
    if len(matches) > 1:
        matches.sort(key=_START)
    return matches


_START = itemgetter(PhraseMatch._fields.index("start"))


Span = tuple[int, int, int, int, bool]


def _scan(analysis: Analysis, pattern: _Pattern, max_gap: int, strict: bool) -> list[Span]:
    """Every non-overlapping match of one phrase, in text order."""
    tokens = analysis.tokens
    positions = analysis.lemma_positions
    lemmas = pattern.lemmas
    first_options = lemmas[0]
    if len(first_options) == 1:
        # Each key's positions are already ascending and distinct.
        starts: Iterable[int] = positions.get(next(iter(first_options)), ())
    else:
        starts = sorted({i for lemma in first_options for i in positions.get(lemma, ())})
    if strict:
        # Positions list every reading of a word; strict matching wants its likeliest.
        starts = [i for i in starts if not first_options.isdisjoint(tokens[i].primary_keys)]
    if pattern.anchor > 0 and starts:
        starts = _near_anchor(starts, positions, lemmas[pattern.anchor], pattern.anchor, max_gap)
    rest = lemmas[1:]
    found: list[tuple[int, int]] = []
    last_end = -1
    for start in starts:
        if start <= last_end:
            continue
        end = _match_rest(analysis, rest, start, max_gap, strict) if rest else start
        if end >= 0:
            found.append((start, end))
            last_end = end
    if not found:
        return []
    if pattern.self_negating:
        return [(tokens[start].start, tokens[end].end, start, end, False) for start, end in found]
    negated = negations_of(analysis).negate
    return [
        (tokens[start].start, tokens[end].end, start, end, negated(start, end))
        for start, end in found
    ]


def _near_anchor(
    starts: Iterable[int],
    positions: dict[str, list[int]],
    options: frozenset[str],
    anchor: int,
    max_gap: int,
) -> list[int]:
    """The starts from which the phrase's (rare) anchor word is within reach: a match from
    `s` has it between `s + anchor` and `s + anchor * (max_gap + 1)`. A cheap necessary
    condition that spares the word-by-word match from the common first words ("I", "we")."""
    if len(options) == 1:
        found: Sequence[int] = positions.get(next(iter(options)), ())
    else:
        found = sorted({i for option in options for i in positions.get(option, ())})
    reach = anchor * (max_gap + 1)
    kept = []
    for start in starts:
        k = bisect_left(found, start + anchor)
        if k < len(found) and found[k] <= start + reach:
            kept.append(start)
    return kept


def _match_rest(analysis: Analysis, rest: Compiled, start: int, max_gap: int, strict: bool) -> int:
    """The token where the phrase's later words end when matched from `start`, or -1.

    A token matches a phrase word by its exact form, or by any (strict: its most likely)
    lemma; each token carries those readings as one set."""
    tokens = analysis.tokens
    field = _STRICT_KEYS if strict else _KEYS
    position = start
    # A phrase never spans two sentences ("...save you from. You're right" is not
    # "you are right").
    sentence_end = analysis.sentence_end_of[start]
    for options in rest:
        for i in range(position + 1, min(position + 2 + max_gap, sentence_end)):
            if not options.isdisjoint(tokens[i][field]):  # type: ignore[arg-type]
                position = i
                break
        else:
            return -1
    return position


_KEYS = Token._fields.index("keys")
_STRICT_KEYS = Token._fields.index("primary_keys")
