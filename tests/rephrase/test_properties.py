"""Suggestions and rewrites never fail on whatever a trainee types."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.rephrase import rewrite, suggest
from coach.scoring import score_reply

FRAGMENTS = {
    "en": [
        "Hi Daniel,",
        "You are doing everything wrong.",
        "Read the documentation.",
        "calm down",
        "page_size=500",
        "I understand how frustrating this is.",
        "We guarantee this will never happen again!!",
        "password: {0}",
        "{name} %s {",
        "NOT ACCEPTABLE",
        "teh paramter",
        "\n",
        "Best regards,",
    ],
    "ru": [
        "Здравствуйте, Ольга!",
        "Вы всё делаете неправильно.",
        "Прочитайте документацию.",
        "успокойтесь",
        "page_size=500",
        "Понимаю, как это неприятно.",
        "Гарантирую, что это больше никогда не повторится!!",
        "пароль: {0}",
        "{name} %s {",
        "НЕДОПУСТИМО",
        "паромметр",
        "\n",
        "С уважением,",
    ],
}


def _replies(language: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(FRAGMENTS[language]), max_size=20).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(english=_replies("en"), russian=_replies("ru"))
def test_suggestions_and_rewrites_handle_any_mix(library, english, russian):
    for language, text in (("en", english), ("ru", russian)):
        scenario = library.scenarios[f"test-api-{language}"]
        rubric = library.rubrics[scenario.rubric]
        report = score_reply(text, rubric, scenario)
        for item in suggest(text, report, rubric, scenario):
            assert all(s.text.strip() for s in item.suggestions)
        result = rewrite(text, rubric, scenario, before=report)
        assert result.text.strip() or not text.strip()
        assert "{0}" not in result.text or "{0}" in text  # nothing leaks from templates
        assert 0 <= result.after.overall <= 100
