"""Rule a text out for a regular expression before scanning it.

Trainers' patterns mostly start with `\\b` and carry IGNORECASE, which Python's regex
engine cannot search quickly: it tries them at every word of the reply, ~20 µs a pattern
on every keystroke. But most patterns contain words every match must include ("password",
"пароль", "fixed|resolved"). Finding those needs the pattern's structure; testing them is
a substring search in the case-folded text, a fraction of a microsecond.

The screen is a necessary condition only: `might_match` False means the pattern cannot
match; True means scan it. The pattern is read by `coach.content.regex_syntax` (Python's
own parser is private); nesting there is bounded, so the walk here is too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.content.regex_syntax import Item, PatternSyntaxError, parse_pattern
from coach.text.analysis import Analysis


@lru_cache(maxsize=4096)
def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Case-folded strings one of which every match of `pattern` contains, or None when
    the pattern has no such words (or cannot be analysed)."""
    try:
        branches = parse_pattern(pattern, verbose=bool(flags & re.VERBOSE))
    except PatternSyntaxError:
        return None
    found = _alternatives(branches)
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


def _alternatives(branches: list[list[Item]]) -> frozenset[str] | None:
    """What one of several alternatives requires: the union, if each requires something."""
    required = [_required(branch) for branch in branches]
    if not required or any(words is None for words in required):
        return None
    return frozenset().union(*required)  # type: ignore[arg-type]


def _required(items: list[Item]) -> frozenset[str] | None:
    """Of a sequence of items, the best set of alternatives any match contains: a run of
    literal characters, or what a group or a repeat at least once requires."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for item in items:
        if item.kind == "literal" and not item.repeated:
            run.append(item.text)
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _inner(item)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    # The rarest-looking: the set whose shortest alternative is longest.
    return max(candidates, key=lambda words: min(map(len, words)))


def _inner(item: Item) -> frozenset[str] | None:
    if item.low < 1:
        return None
    if item.kind == "literal":  # repeated at least once: "c+" contains "c"
        return frozenset({item.text})
    # A lookaround consumes nothing it requires of the text at this place only, and a
    # conditional group may take either branch: neither is relied on.
    if item.kind != "group" or item.text in ("lookaround", "conditional"):
        return None
    return _alternatives(item.branches)
