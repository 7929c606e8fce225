"""Sentence spans in any language with a profile.

razdel (from the Natasha project) is rule-based and cheap enough to run on every keystroke
(pysbd took ~1.8 ms for a 150-word reply; razdel's `sentenize` ~0.2 ms for a whole reply,
and a keystroke splits only the paragraph it changed). Only its public `sentenize` is
used, so a razdel upgrade cannot break an import here; `tests/text/test_sentences.py`
pins the boundaries scores depend on. It knows Russian abbreviations; for a language
whose profile lists abbreviations (English: "e.g.", "a.m."), a split right after one is
merged back.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from razdel import sentenize

from coach.content.enums import Language
from coach.text.languages import LanguageProfile, profile


class Sentence(NamedTuple):
    start: int
    end: int


@lru_cache(maxsize=64)
def split_sentences(text: str, language: Language) -> tuple[Sentence, ...]:
    """Sentence spans in order, trimmed of surrounding whitespace; blank lines split too."""
    spans: list[Sentence] = []
    rules = profile(language)
    for block_start, block in _blocks(text):
        for piece_start, piece_end in _sentenize(block):
            start, end = block_start + piece_start, block_start + piece_end
            if spans and _ends_with_abbreviation(text, spans[-1], rules):
                spans[-1] = Sentence(spans[-1].start, end)
            else:
                spans.append(Sentence(start, end))
    return tuple(spans)


@lru_cache(maxsize=1024)
def _sentenize(block: str) -> tuple[tuple[int, int], ...]:
    """razdel's sentence spans in one line or paragraph, each stripped of surrounding white
    space. Cached: a keystroke changes one paragraph and leaves the others (and the
    greeting and sign-off) as they were."""
    return tuple((piece.start, piece.stop) for piece in sentenize(block))


def _blocks(text: str) -> list[tuple[int, str]]:
    # A line break ends a sentence in support replies ("Hi Anna," / list items / sign-off),
    # even without punctuation.
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _ends_with_abbreviation(text: str, sentence: Sentence, rules: LanguageProfile) -> bool:
    # Only the last few characters can hold the abbreviation; `\b` still sees the real
    # character before them.
    start, end = sentence
    pattern = rules.abbreviations
    return (
        pattern is not None
        and text[end - 1] == "."
        and bool(pattern.search(text, max(start, end - rules.longest_abbreviation), end))
    )
