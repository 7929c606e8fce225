"""Spans of a reply that are code, addresses or identifiers rather than prose.

They are never spell-checked and stay whole as single tokens, so `page_size`,
`GET /v2/orders`, URLs and e-mail addresses can be matched as product terms.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class _Kind(NamedTuple):
    """One kind of code span.

    `trigger` is a literal or a simple regex that every match contains, so a text without
    it is skipped in one fast scan. `words` is how many whitespace-separated words a match
    can span (0: unbounded, scan the whole text): for those patterns only the words around
    each trigger are scanned, since a pattern starting with `\\b` is otherwise tried at
    every word of the reply, on every keystroke.
    """

    pattern: str
    trigger: str | re.Pattern[str]
    words: int


_KINDS = [
    _Kind(r"`[^`\n]+`", "`", 0),  # anything in backticks
    _Kind(r"\b(?:https?|ftp)://[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]", "://", 1),  # URLs
    _Kind(r"\bwww\.[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]", "www.", 1),
    _Kind(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", "@", 1),  # e-mail addresses
    _Kind(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/[^\s]*[^\s.,;:!?)]", "/", 0),
    _Kind(r"(?<![\w/])/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.{}-]+)+", "/", 1),  # paths: /v2/orders
    _Kind(r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:=[^\s,;]+)?", "_", 1),  # snake_case, k=v
    _Kind(r"\b[a-z]+[A-Z][A-Za-z0-9]*\b", re.compile("[a-z][A-Z]"), 1),  # camelCase
    _Kind(r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(\)", "()", 1),  # obj.method()
    _Kind(r"\b[A-Za-z_]\w*=[^\s,;]+", "=", 1),  # param=value
    _Kind(  # dates and times: "2026-11-25 10:00" is two words
        r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
        re.compile(r"\d-\d\d-\d"),
        2,
    ),
    _Kind(r"\b[A-Z]{2,}[-_]?\d+\b", re.compile(r"[A-Z][-_]?\d"), 1),  # ticket ids: ERR42
]
CODE_RE = re.compile("|".join(f"(?:{kind.pattern})" for kind in _KINDS))
_COMPILED = [(re.compile(kind.pattern), kind.trigger, kind.words) for kind in _KINDS]


def find_code_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of code-like text, in order (earliest, then
    longest, wins an overlap, as a single alternation would)."""
    found: list[tuple[int, int]] = []
    for pattern, trigger, words in _COMPILED:
        if isinstance(trigger, str):
            at = _literal_positions(text, trigger)
        else:
            at = [m.start() for m in trigger.finditer(text)]
        if not at:
            continue
        windows = _windows(text, at, words) if words else [(0, len(text))]
        found += [
            (m.start(), -m.end())
            for low, high in windows
            for m in pattern.finditer(text, low, high)
            if m.end() > m.start()
        ]
    found.sort()
    spans: list[tuple[int, int]] = []
    for start, negative_end in found:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, -negative_end))
    return spans


def _literal_positions(text: str, literal: str) -> list[int]:
    positions = []
    at = text.find(literal)
    while at >= 0:
        positions.append(at)
        at = text.find(literal, at + 1)
    return positions


def _windows(text: str, positions: list[int], words: int) -> list[tuple[int, int]]:
    """Merged stretches of text around `positions`, each reaching from the space or line
    break before a position to the one after the `words`-th word from there.

    Scanning a pattern in them finds exactly what scanning the whole text would: a match
    lies within `words` words of its trigger, and a window ends at white space, where
    `\\b` and the character classes see the same thing as in the whole text (a scan
    from `pos` still sees the characters before it).
    """
    merged: list[tuple[int, int]] = []
    end = len(text)
    chunk_end = 0  # where the word holding the previous position ends
    for position in positions:
        if position < chunk_end:
            continue  # the same word, so the same window
        # The space before this word is at or after the previous word's end: searching
        # from there keeps this linear in the text even with a trigger on every character.
        low = max(text.rfind(" ", chunk_end, position), text.rfind("\n", chunk_end, position))
        low = chunk_end if low < 0 else low + 1
        high = chunk_end = _next_space(text, position + 1)
        for _ in range(words - 1):
            if high >= end:
                break
            high = _next_space(text, high + 1)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _next_space(text: str, start: int) -> int:
    """The first space or line break at or after `start` (len(text) when none)."""
    space, newline = text.find(" ", start), text.find("\n", start)
    if space < 0:
        return newline if newline >= 0 else len(text)
    return space if newline < 0 else min(space, newline)
