"""Trainers' regular expressions, run with a bound on their time.

Validation (`coach.content.model_base.checked_regex`) refuses the patterns known to
backtrack exponentially, but no syntactic rule catches every slow pattern ((a|aa)+$ is
one it lets through). So patterns run on the `regex` engine, which accepts `re`'s syntax
and can stop a search after a given time: a match that takes longer than the budget for
its text ends the scan of that pattern, is logged, and the reply is scored without it,
instead of the practice window hanging. The budget grows with the text so that a linear
scan of a long paste always fits (about 0.2 µs a character for the bundled patterns).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from coach.text.fast_regex import faster_source

_log = logging.getLogger(__name__)

# Seconds: a base for short replies, plus a share per character.
BASE_SECONDS = 0.25
SECONDS_PER_CHAR = 2e-6


def time_budget(length: int) -> float:
    """How long one pattern may take over a text of `length` characters."""
    return BASE_SECONDS + SECONDS_PER_CHAR * length


class BoundedPattern:
    """A compiled pattern whose searches stop after `time_budget(len(text))` seconds."""

    def __init__(self, pattern: str, ignore_case: bool = False) -> None:
        self.pattern = pattern
        flags = regex.IGNORECASE if ignore_case else 0
        self._compiled: Any = regex.compile(faster_source(pattern), flags)

    def finditer(self, text: str) -> Iterator[Any]:
        """Matches in order (`regex.Match`, which has `re.Match`'s methods), until the
        time budget for `text` runs out."""
        try:
            yield from self._compiled.finditer(text, timeout=time_budget(len(text)))
        except TimeoutError:
            self._timed_out(text)

    def search(self, text: str) -> Any | None:
        """The first match, or None (also when the time budget ran out)."""
        try:
            return self._compiled.search(text, timeout=time_budget(len(text)))
        except TimeoutError:
            self._timed_out(text)
            return None

    def _timed_out(self, text: str) -> None:
        _log.warning(
            "pattern %r stopped after %.2f s on a %d-character text; its matches there "
            "are not counted",
            self.pattern,
            time_budget(len(text)),
            len(text),
        )


@lru_cache(maxsize=4096)
def compile_bounded(pattern: str, ignore_case: bool = False) -> BoundedPattern:
    """`BoundedPattern(pattern, ignore_case)`, compiled once per pattern."""
    return BoundedPattern(pattern, ignore_case)
