"""Rule a text out for a regular expression before scanning it.

Trainers' patterns mostly start with `\\b` and carry IGNORECASE, which Python's regex
engine cannot search quickly: it tries them at every word of the reply, ~20 µs a pattern
on every keystroke. But most patterns contain words every match must include ("password",
"пароль", "fixed|resolved"). Finding those needs the pattern's parse tree; testing them is
a substring search in the case-folded text, a fraction of a microsecond.

The screen is a necessary condition only: `might_match` False means the pattern cannot
match; True means scan it.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

from coach.text.analysis import Analysis

# The parser behind `re` (private, but unchanged in substance since Python 1.6); a Python
# without it just scans every pattern.
_sre_parse: Any
_sre: Any
try:
    _sre_parse = importlib.import_module("re._parser")
    _sre = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover
    _sre_parse = _sre = None


@lru_cache(maxsize=4096)
def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings one of which every match of `pattern` contains, or None when
    the pattern has no such words (or cannot be analysed)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, ValueError):
        return None
    found = _required(list(parsed))
    return frozenset(word.casefold() for word in found) if found else None


def folded(text: str) -> str | None:
    """`text` as `might_match` wants it: case-folded, or None when it cannot be screened."""
    # IGNORECASE equates "ı" and "İ" with letters that case folding does not ("ı" matches
    # "i"): a text holding one is scanned unscreened. Two substring tests, not a class
    # search, which would test the class at every character.
    return None if "ı" in text or "İ" in text else text.casefold()


def folded_text_of(analysis: Analysis) -> str | None:
    """`folded(analysis.text)`, once per analysis."""
    return analysis.memo("regex-screen:folded", lambda a: folded(a.text))


def might_match(words: frozenset[str] | None, folded_text: str | None) -> bool:
    """False only when none of `words` occurs in the folded text (so no match can)."""
    if words is None or folded_text is None:
        return True
    return any(word in folded_text for word in words)


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Of a sequence of parsed items, the best set of alternatives any match contains:
    a run of literal characters, or what a group, a branch or a repeat requires."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is _sre.LITERAL:
            run.append(chr(argument))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _inner(op, argument)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # The rarest-looking: the set whose shortest alternative is longest.
    return max(candidates, key=lambda words: min(map(len, words)))


def _inner(op: Any, argument: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _required(list(argument[-1]))
    if op is _sre.ATOMIC_GROUP:
        return _required(list(argument))
    if op is _sre.BRANCH:
        branches = [_required(list(branch)) for branch in argument[1]]
        if any(branch is None for branch in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, body = argument
        return _required(list(body)) if low >= 1 else None
    return None
