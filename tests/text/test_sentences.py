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


# Boundaries the scores depend on, pinned when razdel's internals were replaced by its
# public `sentenize`: a razdel upgrade that moves one of them fails here, not in a score.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Hi Anna,\n\nThanks for your patience. I have checked the export.\n\nBest regards,\nMaria",
            "en",
            [
                "Hi Anna,",
                "Thanks for your patience.",
                "I have checked the export.",
                "Best regards,",
                "Maria",
            ],
        ),
        (
            "Use ISO dates, e.g. 2026-11-25, in both fields. Then retry.",
            "en",
            ["Use ISO dates, e.g. 2026-11-25, in both fields.", "Then retry."],
        ),
        (
            "Please update to version 5.10 today. It fixes the export.",
            "en",
            ["Please update to version 5.10 today.", "It fixes the export."],
        ),
        (
            "The fee is $4.99 per month, i.e. about 60 a year. We refund it.",
            "en",
            ["The fee is $4.99 per month, i.e. about 60 a year.", "We refund it."],
        ),
        (
            "Dr. Smith will call you at 3 p.m. tomorrow. Thanks, Mr. Reyes.",
            "en",
            ["Dr. Smith will call you at 3 p.m. tomorrow.", "Thanks, Mr. Reyes."],
        ),
        (
            "We sent it to J. R. Tolkien. He replied.",
            "en",
            ["We sent it to J. R. Tolkien.", "He replied."],
        ),
        (
            "Write to support@acme.example.com. We answer within a day.",
            "en",
            ["Write to support@acme.example.com.", "We answer within a day."],
        ),
        (
            "See https://docs.acme.example/v2/orders.html for details. Then retry.",
            "en",
            ["See https://docs.acme.example/v2/orders.html for details.", "Then retry."],
        ),
        (
            "It failed?! Sorry about that... We are on it.",
            "en",
            ["It failed?!", "Sorry about that...", "We are on it."],
        ),
        ('He said "It works." Then it broke.', "en", ['He said "It works."', "Then it broke."]),
        ("Ok :) See you. Bye!", "en", ["Ok :)", "See you.", "Bye!"]),
        (
            "Здравствуйте, Анна!\n\nСпасибо за терпение. Мы всё проверили.",
            "ru",
            ["Здравствуйте, Анна!", "Спасибо за терпение.", "Мы всё проверили."],
        ),
        (
            "Это ошибка сервера, т. е. с вашей стороны всё верно. Мы её исправим.",
            "ru",
            ["Это ошибка сервера, т. е. с вашей стороны всё верно.", "Мы её исправим."],
        ),
        (
            "Обновите версию до 5.10. Она исправляет выгрузку.",
            "ru",
            ["Обновите версию до 5.10.", "Она исправляет выгрузку."],
        ),
        (
            "Стоимость 2 тыс. руб. в месяц. Возврат возможен.",
            "ru",
            ["Стоимость 2 тыс. руб. в месяц.", "Возврат возможен."],
        ),
        (
            "Напишите на support@acme.example.ru. Ответим в течение дня.",
            "ru",
            ["Напишите на support@acme.example.ru.", "Ответим в течение дня."],
        ),
        (
            "Подробнее см. https://docs.acme.example/v2/orders. Затем повторите запрос.",
            "ru",
            ["Подробнее см. https://docs.acme.example/v2/orders.", "Затем повторите запрос."],
        ),
        ("Звонил А. С. Пушкин. Он доволен.", "ru", ["Звонил А. С. Пушкин.", "Он доволен."]),
        (
            "1. Откройте настройки. 2. Нажмите «Сохранить».",
            "ru",
            ["1. Откройте настройки.", "2. Нажмите «Сохранить»."],
        ),
    ],
)
def test_tricky_boundaries(text, language, expected):
    assert [text[s.start : s.end] for s in split_sentences(text, language)] == expected


def test_spans_are_trimmed_and_inside_the_text():
    text = "  Hi Anna,  \n\n\tThanks!   See you.  "
    spans = split_sentences(text, "en")
    assert [text[s.start : s.end] for s in spans] == ["Hi Anna,", "Thanks!", "See you."]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
