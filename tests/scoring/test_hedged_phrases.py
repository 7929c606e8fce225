"""A listed promise phrase a negation governs is forgiven, in either word order."""

import pytest

from coach.scoring import default_rubric, score_reply


def _over_promises(text: str, language: str) -> list[str]:
    report = score_reply(text, default_rubric(language))
    return [f.quote for f in report.findings if f.check_id == "over-promise"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Обещать, что деньги придут до пятницы, я не могу.", "ru"),
        ("Гарантировать это я не могу, но сделаю всё, что от меня зависит.", "ru"),
    ],
)
def test_a_hedged_promise_word_is_no_over_promise(text, language):
    assert _over_promises(text, language) == []


def test_the_promise_itself_is_still_flagged():
    assert _over_promises("Обещаю, что это больше не повторится.", "ru") == ["Обещаю"]
