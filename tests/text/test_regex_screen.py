import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text.regex_screen import folded, might_match, required_words


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bpassword\s*[:=]\s*\S+", {"password"}),
        (r"(?i)\bваш Пароль[:\s]+\S+", {"ваш пароль"}),
        (r"\b(?:fixed|resolved|back up) (?:in|within) \d+", {"fixed", "resolved", "back up"}),
        # Each alternative whole (Python's parser factored out the prefix "cv").
        (r"\b(?:CVV|CVC)\s*\d{3,4}\b", {"cvv", "cvc"}),
        (r"(?:ab)+cd?", {"ab"}),
        (r"\b\d(?:[ -]?\d){12,18}\b", None),  # a card number: no word to look for
        (r"(?:x|)y", {"y"}),
        (r"(?:x|)", None),
        (r"[", None),  # not a pattern at all: no screen, the caller's scan decides
    ],
)
def test_required_words(pattern, expected):
    words = required_words(pattern, re.IGNORECASE)
    assert words == (frozenset(expected) if expected is not None else None)


_PIECES = ["ab", "AB", "c", "(?:", "|", ")", "?", "+", "*", "{2}", r"\b", r"\s", "[a-c]", ".", "ё"]


@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join),
    st.text(alphabet="abcABCЁё ſ.", max_size=20),
    st.booleans(),
)
@settings(max_examples=1000, deadline=None)
def test_no_text_the_pattern_matches_is_screened_out(pattern, text, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    try:
        regex = re.compile(pattern, flags)
    except re.error:
        return
    if regex.search(text):
        assert might_match(required_words(pattern, flags), folded(text))


def test_case_folding_covers_what_ignorecase_equates():
    """Every character IGNORECASE matches to a Latin or Cyrillic letter folds to that letter,
    or makes `folded` give up (so the screen never hides a match)."""
    every_char = "".join(map(chr, range(0x10000))).replace("\n", "")
    letters = (
        string.ascii_letters + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    )
    for letter in letters:
        for char in re.findall(re.escape(letter), every_char, re.IGNORECASE):
            if folded(char) is not None:
                assert letter.casefold() in folded(char), (letter, char)
