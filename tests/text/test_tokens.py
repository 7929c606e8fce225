import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coach.text.tokens import _NEGATED_CONTRACTION, _grouped_tokens, _plain_tokens, tokenize


def test_offsets_cover_the_source_text():
    text = "Hi Anna 👋, I'll fix `page_size` today — see https://docs.example.com/v2?x=1."
    for token in tokenize(text, "en"):
        assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I'll check", "en", [("I", "i"), ("'ll", "will"), ("check", "check")]),
        ("don't worry", "en", [("do", "do"), ("n't", "not"), ("worry", "worry")]),
        ("We can't", "en", [("We", "we"), ("ca", "can"), ("n't", "not")]),
        ("apologized twice", "en", [("apologized", "apologize"), ("twice", "twice")]),
        (
            "Извиняюсь за неудобства",
            "ru",
            [("Извиняюсь", "извиняться"), ("за", "за"), ("неудобства", "неудобство")],
        ),
        ("из-за ошибки", "ru", [("из-за", "из-за"), ("ошибки", "ошибка")]),
        ("Всё ещё", "ru", [("Всё", "все"), ("ещё", "еще")]),
    ],
)
def test_words_and_lemmas(text, language, expected):
    assert [(t.text, t.lemma) for t in tokenize(text, language)] == expected


@pytest.mark.parametrize(
    "code",
    [
        "`limit=100`",
        "page_size",
        "GET /v2/orders",
        "https://api.example.com/v2/orders",
        "help@example.com",
        "/v2/orders/{id}",
        "createdAfter",
        "2026-11-25",
        "ERR-429",
        "page_size=500",
    ],
)
def test_code_like_spans_are_single_code_tokens(code):
    tokens = tokenize(f"Please use {code} here.", "en")
    codes = [t for t in tokens if t.kind == "code"]
    assert [t.text for t in codes] == [code]


def test_russian_ambiguous_forms_keep_every_reading():
    (token,) = tokenize("исправим", "ru")
    assert "исправить" in token.lemmas


_PROSE = st.lists(
    st.sampled_from(
        [
            *"aZé я Ё1²_'’-.,:;!?()«»\"%\u0301\n\t\u00a0\u2003\x1c`",
            "'s",
            "'ll",
            "O'Brien",
            "it's",
            "ab",
        ]
    ),
    max_size=40,
).map("".join)


@given(_PROSE, st.sampled_from(["en", "ru"]))
@settings(max_examples=300, deadline=None)
def test_plain_fast_path_matches_the_grouped_pattern(text, language):
    """Text without "n't" takes the findall path; the grouped pattern (used for text with
    "n't", whose stem and negation groups never fire here) must give the same tokens."""
    assume(not _NEGATED_CONTRACTION.search(text))
    plain: list = []
    grouped: list = []
    _plain_tokens(plain, text, 0, len(text), language)
    _grouped_tokens(grouped, text, 0, len(text), language)
    assert plain == grouped


@given(_PROSE, st.sampled_from(["en", "ru"]), st.data())
@settings(max_examples=300, deadline=None)
def test_plain_fast_path_matches_on_any_segment(text, language, data):
    """`tokenize` calls it on the prose between code spans: any [start, end) of a text."""
    assume(not _NEGATED_CONTRACTION.search(text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain: list = []
    grouped: list = []
    _plain_tokens(plain, text, start, end, language)
    _grouped_tokens(grouped, text, start, end, language)
    assert plain == grouped
