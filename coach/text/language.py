"""Which of the languages with a profile a text is written in: script first, then words.

Each profile names its alphabet and script. The alphabet with the most letters in the
text wins (ties go to the language registered first), which is all it takes to tell
English from Russian and is robust to code, product names and typos in the mix. Letters
alone cannot tell languages of one script apart (Latin letters do not mean English), so
among those a few frequent function words of each decide. It never needs a model.
"""

from __future__ import annotations

import re

from coach.content.enums import DEFAULT_LANGUAGE, Language
from coach.text.code_spans import CODE_RE as _CODE_RE
from coach.text.languages import LanguageProfile, profiles

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: Language = DEFAULT_LANGUAGE) -> Language:
    """The code of the language `text` is written in; `default` when it has no letters
    of any known alphabet."""
    prose = _CODE_RE.sub(" ", text)  # `page_size`, URLs and paths say nothing of the language
    known = profiles()
    letters = [len(p.letters.findall(prose)) for p in known]
    best = max(range(len(known)), key=letters.__getitem__)  # the first of equals
    if letters[best] == 0:
        return default
    leader = known[best]
    rivals = [p for p in known if p.script == leader.script and p is not leader]
    if not rivals:
        return leader.code
    words = [w.lower() for w in _WORD.findall(prose)]
    return max([leader, *rivals], key=lambda p: _function_words(words, p)).code


def _function_words(words: list[str], language: LanguageProfile) -> int:
    return sum(1 for word in words if word in language.common_words)
