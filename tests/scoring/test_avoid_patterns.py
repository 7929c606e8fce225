"""`avoid` patterns find what they match however the reply is written, now that a reply
without a pattern's required words skips its scan (coach/text/regex_screen.py)."""

from __future__ import annotations

import pytest

from coach.scoring import score_reply


def _quotes(library, scenario_id, text, check_id):
    scenario = library.scenarios[scenario_id]
    report = score_reply(text, library.rubrics[scenario.rubric], scenario)
    return [f.quote for f in report.findings if f.check_id == check_id]


@pytest.mark.parametrize(
    ("scenario", "check", "text", "quote"),
    [
        ("test-api-en", "data-safety", "The PASSWORD: hunter2 works.", "PASSWORD: hunter2"),
        ("test-api-en", "data-safety", "Your pasſword: hunter2 is set.", "pasſword: hunter2"),
        (
            "test-api-en",
            "data-safety",
            "Card 4111 1111 1111 1111 is on file.",
            "4111 1111 1111 1111",
        ),
        ("test-api-en", "data-safety", "Your CVC 123 was declined.", "CVC 123"),
        ("test-api-en", "over-promise", "It will be FIXED IN 10 minutes.", "FIXED IN 10 minutes"),
        ("test-api-ru", "data-safety", "ВАШ ПАРОЛЬ: qwerty123", "ВАШ ПАРОЛЬ: qwerty123"),
        ("test-api-ru", "over-promise", "Починим за 10 минут!", "Починим за 10 минут"),
    ],
)
def test_a_pattern_is_found_in_any_case(library, scenario, check, text, quote):
    assert quote in _quotes(library, scenario, text, check)


@pytest.mark.parametrize(
    ("scenario", "text"),
    [
        ("test-api-en", "Thank you for your patience, I will write back by 3 pm."),
        ("test-api-ru", "Спасибо за терпение, я напишу вам до 15:00."),
    ],
)
def test_a_reply_without_the_words_has_no_pattern_finding(library, scenario, text):
    for check in ("data-safety", "over-promise", "condescension"):
        assert _quotes(library, scenario, text, check) == []
