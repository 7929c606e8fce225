"""Spans of a reply that are code, addresses or identifiers rather than prose.

They are never spell-checked and stay whole as single tokens, so `page_size`,
`GET /v2/orders`, URLs and e-mail addresses can be matched as product terms.
"""

from __future__ import annotations

import re

_CODE_PATTERNS = [
    r"`[^`\n]+`",  # anything in backticks
    r"\b(?:https?|ftp)://[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]",  # URLs (not trailing punctuation)
    r"\bwww\.[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]]",
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",  # e-mail addresses
    r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/[^\s]*[^\s.,;:!?)]",  # HTTP requests
    r"(?<![\w/])/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.{}-]+)+",  # paths like /v2/orders
    r"\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:=[^\s,;]+)?",  # snake_case, key=value
    r"\b[a-z]+[A-Z][A-Za-z0-9]*\b",  # camelCase
    r"\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\(\)",  # obj.method()
    r"\b[A-Za-z_]\w*=[^\s,;]+",  # param=value
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\b",  # ISO
    r"\b[A-Z]{2,}[-_]?\d+\b",  # ticket ids, error codes (ERR42, HTTP-429)
]
CODE_RE = re.compile("|".join(f"(?:{p})" for p in _CODE_PATTERNS))


def find_code_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of code-like text, in order."""
    return [match.span() for match in CODE_RE.finditer(text)]
