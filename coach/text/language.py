"""Which of the supported languages a text is written in, from its script."""

from __future__ import annotations

import re

from coach.content.enums import Language
from coach.text.code_spans import CODE_RE as _CODE_RE

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str, default: Language = "en") -> Language:
    """Russian when Cyrillic letters outnumber Latin ones, else English.

    Script is enough to tell en from ru, and it is robust to code, product names and
    typos in the mix; it never needs a model.
    """
    prose = _CODE_RE.sub(" ", text)  # `page_size`, URLs and paths say nothing of the language
    cyrillic = len(_CYRILLIC.findall(prose))
    latin = len(_LATIN.findall(prose))
    if cyrillic == latin == 0:
        return default
    return "ru" if cyrillic > latin else "en"
