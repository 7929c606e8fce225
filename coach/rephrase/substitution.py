"""Apply a replacement to a span of a reply, keeping the sentence readable."""

from __future__ import annotations

import re
from collections.abc import Collection

from coach.content.enums import Language
from coach.text.spelling.offline import is_known


def match_case(replacement: str, original: str) -> str:
    """Capitalise the replacement when the text it replaces started a sentence."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    if original[:1].islower() and replacement[:1].isupper() and not replacement.isupper():
        # "I" and names keep their capital; an ordinary word follows the original's case.
        first = replacement.split(" ", 1)[0]
        if first not in {"I", "I'll", "I'm", "I've", "I'd"} and not first.istitle():
            return replacement[:1].lower() + replacement[1:]
    return replacement


def replace_spans(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping (start, end, replacement) edits; an empty replacement deletes
    the span and the space it leaves behind."""
    result = text
    for start, end, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        fitted = match_case(replacement, text[start:end]) if replacement else ""
        result = result[:start] + fitted + result[end:]
        if not fitted and start == 0:
            # "Please be advised that the API..." -> "The API...".
            result = re.sub(r"^[\s,]*(?:that|что)\s+", "", result, flags=re.IGNORECASE)
    result = tidy(result)
    if text[:1].isupper() and result[:1].islower():
        result = result[:1].upper() + result[1:]
    return result


def tidy(text: str) -> str:
    """Collapse doubled spaces and stray punctuation left by deletions."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"^[ \t]*[,;:][ \t]*", "", text, flags=re.MULTILINE)
    return text.strip()


def calm_shouting(text: str, keep: Collection[str], language: Language) -> str:
    """Lower-case shouted words and collapse '!!' and '?!'. Acronyms stay: words in `keep`
    (the rubric's allow list, the scenario's vocabulary) and short capitals that are not
    dictionary words (API, VIP, SLA)."""

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        if word.lower() in keep:
            return word
        if len(word) < 5 and not is_known(word.lower(), language):
            return word
        return word.lower()

    calmed = re.sub(r"\b[A-ZА-ЯЁ]{2,}\b", lower, text)
    calmed = re.sub(r"[!?]*![!?]+|!{2,}", "!", calmed)
    calmed = re.sub(r"\?{2,}", "?", calmed)
    if text[:1].isupper() and calmed[:1].islower():
        calmed = calmed[:1].upper() + calmed[1:]
    return calmed
