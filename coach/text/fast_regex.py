"""Compile trainers' regular expressions so Python's engine can skip ahead.

`re` finds the start of a match quickly only when the pattern begins with a character or
a character class: it then jumps from one candidate character to the next. A leading
`\\b` (as in the card-number pattern `\\b\\d(?:[ -]?\\d){12,18}\\b`) hides the class behind
it, so the full pattern is tried at every position of the reply. Before a digit, a word
boundary means "no word character just before": the same test placed after the digit,
`\\d(?<!\\w\\d)`, matches exactly the same text and lets the engine skip to digits (half
the time per reply for the card pattern).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Leading inline flags, then `\b\d` not followed by a quantifier (which would apply to
# the digit: `\b\d+` must not become `\d(?<!\w\d)+`).
_BOUNDARY_BEFORE_DIGIT = re.compile(r"^((?:\(\?[aiLmsux]+\))*)\\b\\d(?![*+?{])")


def faster_source(pattern: str) -> str:
    """`pattern`, rewritten to match exactly the same spans faster where it can be."""
    return _BOUNDARY_BEFORE_DIGIT.sub(lambda m: m.group(1) + r"\d(?<!\w\d)", pattern, count=1)


@lru_cache(maxsize=4096)
def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from `faster_source(pattern)`."""
    return re.compile(faster_source(pattern), flags)
