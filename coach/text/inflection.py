"""Put Russian words into a grammatical form (case, number), for substitutions.

A trainer's replacement can say `{1:datv}`: "capture group 1, in the dative". pymorphy3
inflects each word of the captured text; words it cannot inflect stay as written.
"""

from __future__ import annotations

import re

from coach.text.lemmas import morph_analyzer

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")

GRAMMEMES = frozenset(
    {"nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur", "masc", "femn", "neut"}
)


def inflect(text: str, grammemes: frozenset[str]) -> str:
    """`text` with its leading noun phrase inflected to `grammemes` (casing kept).

    Adjectives and the first noun change ("новый тариф" -> "новому тарифу"); words after
    the head noun are its dependents and keep their form ("службе поддержки").
    """
    unknown = grammemes - GRAMMEMES
    if unknown:
        raise ValueError(f"unknown grammeme(s): {', '.join(sorted(unknown))}")
    head_seen = False

    def one(match: re.Match[str]) -> str:
        nonlocal head_seen
        word = match.group()
        if head_seen:
            return word
        parsed = morph_analyzer().parse(word.lower())[0]
        if parsed.tag.POS == "NOUN":
            head_seen = True
        elif parsed.tag.POS not in {"ADJF", "PRTF", "NUMR", "NPRO"}:
            return word
        form = parsed.inflect(set(grammemes))
        if form is None:
            return word
        result = str(form.word)
        if word[:1].isupper():
            result = result[:1].upper() + result[1:]
        return result

    return _WORD.sub(one, text)
