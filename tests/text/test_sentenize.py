"""The fast path gives exactly razdel's sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize

from coach.text.sentenize import sentence_spans

_WORDS = [
    *["Hello", "world", "Anna", "Пушкин", "Спасибо", "спасибо", "ВАЖНО", "Ok", "ok", "A", "В"],
    *["т", "е", "Т", "г", "e.g", "etc", "Mr", "mr", "Dr", "дж", "Дж", "ed", "гос", "no", "vs"],
    *["т. е", "и. о", "a. m", "p.m", "к. т. н", "ул", "им", "1", "2026", "а", "б", "IV"],
    *["page_size", "Page_size", "«Да", "(см", "—", "-", "Мы всё проверили и исправили"],
    "Thank you for your patience",
]
_STOPS = [".", ".", "!", "?", "?!", "…", "", ",", ";", ":)", "»", ")", '"', ".»", ")."]
_SPACES = [" ", " ", "", "  ", "\t", "\xa0"]
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_STOPS), st.sampled_from(_SPACES)).map(
        "".join
    ),
    max_size=25,
).map("".join)


def _razdel(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.stop) for s in sentenize(text)]


@given(_TEXTS)
@settings(max_examples=3000, deadline=None)
def test_same_sentences_as_razdel(text):
    assert sentence_spans(text) == _razdel(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мы всё исправили. Т. е. доступ есть. А. С. Пушкин писал! Спасибо, e.g. Anna.",
        "Thank you for your patience A. Pushkin will reply.",  # an initial
        "The office opens at nine a. M. Smith will call.",  # a pair abbreviation
        "Thank you for your patience, ed. Smith replies.",  # razdel's "initials"
        "Thank you for your patience" + " " * 12 + "! Hello there.",  # nothing on the left
        "Итого к оплате двести тыс. Page_size не меняется.",  # abbreviation, odd word
        "Спасибо за терпение, мы проверили г. Москва и всё.",  # a head abbreviation
        "1. Откройте настройки. 2. Нажмите «Сохранить».",  # list items
        "x 1 1 1 1 1 1 1 1 1 1. 2 things.",  # 21 characters: too long for a list item
        "1 1 1 1 1 1 1 1 1 1. 2 things.",  # 20: a list item
    ],
)
def test_tricky_boundaries(text):
    assert sentence_spans(text) == _razdel(text)
