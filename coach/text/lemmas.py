"""Lemmas for English (simplemma) and Russian (pymorphy3), cached per word form.

Lemma matching is what lets a lexicon entry "извинение" match "извинения/извинений", and
"apologize" match "apologized". Both back ends ship their data in the wheel: no downloads.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from coach.content.enums import Language

_CACHE_SIZE = 200_000


@cache
def morph_analyzer() -> Any:
    """The shared pymorphy3 analyser (loaded on first use: ~40 ms)."""
    import pymorphy3  # noqa: PLC0415 - only when Russian text appears

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=_CACHE_SIZE)
def lemmatize(word: str, language: Language) -> tuple[str, ...]:
    """Possible lower-case dictionary forms of one word form, most likely first.

    Russian forms are often ambiguous ("исправим" is a verb of "исправить" and a short
    adjective of "исправимый"); keeping every reading lets a lexicon entry match whichever
    one the trainer meant. Unknown words map to themselves.
    """
    lower = word.lower()
    if language == "ru":
        lower = lower.replace("ё", "е")
        if not _has_cyrillic(lower):
            return (lower,)
        try:
            parses = morph_analyzer().parse(lower)
        except ValueError:
            # pymorphy3 asks `unicodedata.name` about every character of a word it does
            # not know, which raises for unnamed code points ("день𗻑ж"): such a word is
            # no dictionary form, so it stands for itself, and the reply still scores.
            return (lower,)
        forms = [str(p.normal_form).replace("ё", "е") for p in parses]
        return tuple(dict.fromkeys(forms)) or (lower,)
    if not lower.isascii():
        return (lower,)
    import simplemma  # noqa: PLC0415 - keeps `import coach.text` cheap

    lemma = str(simplemma.lemmatize(lower, lang="en")).lower()
    return (lemma,) if lemma == lower else (lemma, lower)


def is_known_russian(word: str) -> bool:
    """Whether pymorphy3's dictionary knows this Russian form (any inflection)."""
    try:
        return bool(morph_analyzer().word_is_known(word.lower()))
    except ValueError:  # as in `lemmatize`: a character pymorphy3 cannot name
        return False


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)
