"""A rewritten pattern matches exactly what the trainer's pattern matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text.fast_regex import compile_fast, faster_source

PATTERNS = [
    r"\b\d(?:[ -]?\d){12,18}\b",
    r"(?i)\b\d(?:[ -]?\d){2,4}\b",
    r"\b\d[a-z]",
    r"\b\d(?:x)|y\d",
    r"\b\d",
]


def test_a_leading_boundary_before_a_digit_moves_after_it():
    assert faster_source(r"\b\d(?:[ -]?\d){12,18}\b") == r"\d(?<!\w\d)(?:[ -]?\d){12,18}\b"
    assert faster_source(r"(?i)\b\d\d") == r"(?i)\d(?<!\w\d)\d"


def test_what_cannot_be_moved_is_left_alone():
    for pattern in (r"\b\d+x", r"\b\d{3}", r"\b\d?", r"x\b\d", r"\bpassword", r"\\b\d"):
        assert faster_source(pattern) == pattern


@given(
    st.lists(st.sampled_from([*"0123456789 -_aZя\n.²٣", "12", "4111 1111"]), max_size=60).map(
        "".join
    ),
    st.sampled_from(PATTERNS),
)
@settings(max_examples=500, deadline=None)
def test_rewritten_patterns_find_the_same_matches(text, pattern):
    original = re.compile(pattern, re.IGNORECASE)
    fast = compile_fast(pattern, re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
        (m.span(), m.groups()) for m in original.finditer(text)
    ]
