"""Spans of a reply that are code, addresses or identifiers rather than prose.

They are never spell-checked and stay whole as single tokens, so `page_size`,
`GET /v2/orders`, URLs and e-mail addresses can be matched as product terms.
"""

from __future__ import annotations

import re

# (pattern, a substring or a simple regex the text must contain for the pattern to have a
# chance). The guards skip most patterns on plain prose, which keeps this cheap on every
# keystroke: a pattern starting with `\b` is tried at every word, a guard is one fast scan.
_CODE_PATTERNS: list[tuple[str, str | re.Pattern[str] | None]] = [
    (r"`[^`\n]+`", "`"),  # anything in backticks
    (r"\b(?:https?|ftp)://[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]", "://"),  # URLs
    (r"\bwww\.[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]", "www."),
    (r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", "@"),  # e-mail addresses
    (r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/[^\s]*[^\s.,;:!?)]", "/"),
    (r"(?<![\w/])/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.{}-]+)+", "/"),  # paths like /v2/orders
    (r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:=[^\s,;]+)?", "_"),  # snake_case, k=v
    (r"\b[a-z]+[A-Z][A-Za-z0-9]*\b", re.compile("[a-z][A-Z]")),  # camelCase
    (r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(\)", "()"),  # obj.method()
    (r"\b[A-Za-z_]\w*=[^\s,;]+", "="),  # param=value
    (  # dates and times
        r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
        re.compile(r"\d-\d\d-\d"),
    ),
    (r"\b[A-Z]{2,}[-_]?\d+\b", re.compile(r"[A-Z][-_]?\d")),  # ticket ids (ERR42, HTTP-429)
]
CODE_RE = re.compile("|".join(f"(?:{p})" for p, _ in _CODE_PATTERNS))
_GUARDED = [(re.compile(p), guard) for p, guard in _CODE_PATTERNS]


def find_code_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of code-like text, in order (earliest, then
    longest, wins an overlap, as a single alternation would)."""
    found = sorted(
        (m.start(), -m.end())
        for pattern, guard in _GUARDED
        if guard is None or (guard in text if isinstance(guard, str) else guard.search(text))
        for m in pattern.finditer(text)
        if m.end() > m.start()
    )
    spans: list[tuple[int, int]] = []
    for start, negative_end in found:
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, -negative_end))
    return spans
