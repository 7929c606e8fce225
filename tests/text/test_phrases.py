from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text import phrases
from coach.text.analysis import analyze
from coach.text.phrases import find_phrases


@pytest.mark.parametrize(
    ("text", "language", "phrase", "found", "negated"),
    [
        (
            "I really do understand your concern.",
            "en",
            "I understand",
            "I really do understand",
            False,
        ),
        ("I don't understand why.", "en", "understand", "understand", True),
        ("It's not your fault at all.", "en", "your fault", "your fault", True),
        ("Sorry for the delay.", "en", "sorry", "Sorry", False),
        (
            "Приносим вам свои извинения.",
            "ru",
            "приносить извинение",
            "Приносим вам свои извинения",
            False,
        ),
        ("Мы извиняемся за задержку.", "ru", "извиняться", "извиняемся", False),
        ("Я понимаю, как это неприятно.", "ru", "понимать", "понимаю", False),
        ("Это не ваша вина.", "ru", "ваша вина", "ваша вина", True),
    ],
)
def test_lemma_phrase_matching(text, language, phrase, found, negated):
    (match,) = find_phrases(analyze(text, language), [phrase])
    assert text[match.start : match.end] == found
    assert match.negated is negated


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("I see you have understood it.", "en", "I understand"),  # too far apart
        ("Извините за ожидание.", "ru", "извиняться"),  # different lemma, not a match
    ],
)
def test_non_matches(text, language, phrase):
    assert find_phrases(analyze(text, language), [phrase]) == []


def test_inflected_russian_forms_match_their_lexicon_entries():
    lexicon = ["извинить", "извиняться", "извинение"]
    text = "Извините. Извиняюсь. Примите извинения. Тысяча извинений."
    matches = find_phrases(analyze(text, "ru"), lexicon)
    assert [m.phrase for m in matches] == ["извинить", "извиняться", "извинение", "извинение"]


def test_a_clause_break_ends_a_negation():
    text = "The page_size can't be 500, read the documentation."
    (match,) = find_phrases(analyze(text, "en"), ["read the documentation"])
    assert match.negated is False


_LEXICON = [
    "I understand",
    "I really understand how frustrating",
    "we will fix the export",
    "please send me the request",
    "read the documentation",
    "not your fault",
    "as I already said",
]
_WORDS = [
    "I",
    "we",
    "you",
    "really",
    "do",
    "don't",
    "not",
    "understand",
    "how",
    "frustrating",
    "will",
    "fix",
    "the",
    "export",
    "please",
    "send",
    "me",
    "request",
    "read",
    "documentation",
    "your",
    "fault",
    "as",
    "already",
    "said",
    ".",
    ",",
]


@given(
    st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join), st.integers(0, 3), st.booleans()
)
@settings(max_examples=400, deadline=None)
def test_the_anchor_filter_finds_what_a_scan_from_every_start_finds(text, max_gap, strict):
    """Starting only where the rare anchor word is within reach changes no match."""
    found = find_phrases(analyze.__wrapped__(text, "en"), _LEXICON, max_gap, strict)
    with patch.object(phrases, "_near_anchor", lambda starts, *_: list(starts)):
        unfiltered = find_phrases(analyze.__wrapped__(text, "en"), _LEXICON, max_gap, strict)
    assert found == unfiltered
