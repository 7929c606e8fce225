"""A negated promise word is a hedge, not a promise (`coach.text.hedges`)."""

import pytest

from coach.text.analysis import analyze
from coach.text.hedges import hedged_sentences, hedged_words


def _hedged(text: str, language: str) -> bool:
    return bool(hedged_sentences(analyze(text, language)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I cannot guarantee it will be fixed today.", "en"),
        ("I can't promise this won't happen again.", "en"),
        ("No engineer can honestly guarantee that.", "en"),
        ("There's no guarantee it will be back today.", "en"),
        ("I won't pretend it will be fixed before 11.", "en"),
        ("Не могу гарантировать, что это больше не повторится.", "ru"),
        ("Обещать его я не буду.", "ru"),
        ("Гарантий дать не могу.", "ru"),
        # Russian puts the negated modal after the subordinate clause.
        ("Обещать, что всё заработает к демо, я не могу.", "ru"),
    ],
)
def test_a_negated_promise_word_hedges(text, language):
    assert _hedged(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I promise it won't happen again.", "en"),
        # English: a negation after the verb is what is promised.
        ("I promise not to charge you again.", "en"),
        ("Don't worry, I promise it will be fixed today.", "en"),
        ("Обещаю, что это больше не повторится.", "ru"),
        ("Обещаю больше не подводить вас.", "ru"),
        ("Не переживайте, обещаю, всё починят к 14:00.", "ru"),
    ],
)
def test_a_promise_is_not_a_hedge(text, language):
    assert not _hedged(text, language)


def test_the_hedged_word_is_the_negated_promise_word():
    text = "I can't promise a date, but I promise you an answer."
    (offset,) = hedged_words(analyze(text, "en"))
    assert offset == text.index("promise")
