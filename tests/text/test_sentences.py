import pytest

from coach.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Hi Anna,\nThanks for writing. I'll check it.",
            "en",
            ["Hi Anna,", "Thanks for writing.", "I'll check it."],
        ),
        (
            "Use ISO dates, e.g. 2026-11-25. Then retry.",
            "en",
            ["Use ISO dates, e.g. 2026-11-25.", "Then retry."],
        ),
        (
            "I'll call at 3 p.m. Tomorrow works too.",
            "en",
            ["I'll call at 3 p.m. Tomorrow works too."],
        ),
        (
            "Здравствуйте, Иван! Т.е. всё работает. Напишу до 15:00.",
            "ru",
            ["Здравствуйте, Иван!", "Т.е. всё работает.", "Напишу до 15:00."],
        ),
        ("", "en", []),
        ("   \n\n  ", "ru", []),
    ],
)
def test_sentence_spans(text, language, expected):
    assert [text[s.start : s.end] for s in split_sentences(text, language)] == expected
