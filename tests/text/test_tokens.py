import pytest

from coach.text.tokens import tokenize


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
