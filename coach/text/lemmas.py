"""Lemmas of word forms in any language with a profile, cached per word form.

Lemma matching is what lets a lexicon entry "извинение" match "извинения/извинений", and
"apologize" match "apologized". Each language's lemmatizer sits in its profile
(`coach.text.languages`); the bundled ones ship their data in the wheel: no downloads.
"""

from __future__ import annotations

from functools import lru_cache

from coach.content.enums import Language
from coach.text.languages import profile

_CACHE_SIZE = 200_000


@lru_cache(maxsize=_CACHE_SIZE)
def lemmatize(word: str, language: Language) -> tuple[str, ...]:
    """Possible lower-case dictionary forms of one word form, most likely first.

    Ambiguous forms keep every reading, so a lexicon entry matches whichever one the
    trainer meant. Unknown words map to themselves.
    """
    return profile(language).lemmatize(word.lower())
