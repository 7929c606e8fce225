"""The joined pattern screen of `avoid` checks finds whatever any one pattern finds."""

from __future__ import annotations

import re

import pytest

from coach.scoring.checks.avoid import _screen

PATTERNS = [r"\b\d(?:[ -]?\d){12,18}\b", r"\bpassword\s*[:=]\s*\S+", r"\bfixed in \d+ min"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Your card 4111 1111 1111 1111 is on file", True),
        ("The PASSWORD: hunter2 works", True),
        ("It will be fixed in 10 minutes", True),
        ("Thank you for your patience, I will write back by 3 pm.", False),
    ],
)
def test_screen_agrees_with_the_patterns(text, found):
    compiled = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
    screen = _screen(compiled)
    assert screen is not None
    assert any(p.search(text) for p in compiled) is found
    assert (screen.search(text) is not None) is found


def test_patterns_with_back_references_are_not_joined():
    # Joined, `\1` would name the first pattern's group and never match the second.
    compiled = [re.compile(r"(a)b"), re.compile(r"\b(\w+) \1\b", re.IGNORECASE)]
    assert _screen(compiled) is None


def test_a_single_pattern_needs_no_screen():
    assert _screen([re.compile("x")]) is None
