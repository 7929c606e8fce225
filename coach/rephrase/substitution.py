"""Apply a replacement to a span of a reply, keeping the sentence readable."""

from __future__ import annotations

import re


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


_CLAUSE_MARKS = ",;:—–()"


def scope_span(sentence: str, start: int, end: int, replaces: str) -> tuple[int, int]:
    """The span of `sentence` a substitution for `sentence[start:end]` replaces: the words
    themselves, the clause around them (to the nearest comma, semicolon, colon, dash or
    bracket, or the sentence's ends, its final punctuation kept), or the whole sentence.

    A phrase swapped into a clause that was built around it ("annual subscriptions are
    non-refundable after 30 days") breaks the grammar; the trainer who wrote the
    substitution says how much it stands for.
    """
    if replaces == "sentence":
        return 0, len(sentence.rstrip())
    if replaces != "clause":
        return start, end
    left = max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS)
    rights = [i for i in (sentence.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
    body_end = len(sentence.rstrip().rstrip(".!?…"))
    right = min([*rights, body_end])
    begin = left + 1 if left >= 0 else 0
    while begin < start and sentence[begin].isspace():
        begin += 1
    return begin, max(right, end)


def replace_spans(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping (start, end, replacement) edits; an empty replacement deletes
    the span and the space it leaves behind."""
    result = text
    for start, end, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        at_start = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?"
        fitted = match_case(replacement, text[start:end]) if at_start else replacement
        result = result[:start] + fitted + result[end:]
        if not fitted and start == 0:
            # "Please be advised that the API..." -> "The API...".
            result = re.sub(r"^[\s,]*(?:that|что)\s+", "", result, flags=re.IGNORECASE)
    result = tidy(result)
    first = result.split(" ", 1)[0]
    # Re-capitalise a sentence whose first word went, unless what is first now is code.
    if text[:1].isupper() and result[:1].islower() and not re.search(r"[_/=\d]", first):
        result = result[:1].upper() + result[1:]
    return result


def tidy(text: str) -> str:
    """Collapse doubled spaces and stray punctuation left by deletions."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[.!?])", "", text)
    text = re.sub(r"^[ \t]*[,;:][ \t]*", "", text, flags=re.MULTILINE)
    return text.strip()


def calm(shouted: str) -> str:
    """The calm form of a shouting finding: "TRY AGAIN" -> "try again", "!!!" -> "!"."""
    if not any(ch.isalpha() for ch in shouted):
        return "?" if set(shouted) == {"?"} else "!"
    return shouted.lower()
