"""Where a suggestion goes: a missing move's sentence in the trainers' order (greeting,
acknowledgement, explanation, what was done, next step, closing), capitalised, with the
punctuation and spacing around it right; a replacement fitted to its sentence."""

from __future__ import annotations

import pytest

from coach.rephrase import plan_edit, suggest
from coach.scoring import score_reply
from coach.scoring.report import Finding, Suggestion

EN_EMAIL = (
    "Hi Daniel,\n\n"
    "The request fails because page_size is above 200. Set page_size to 200.\n\n"
    "Best regards,\nMaria"
)
RU_EMAIL = (
    "Здравствуйте, Ольга!\n\n"
    "Запрос не проходит, потому что page_size больше 200. Укажите page_size=200.\n\n"
    "С уважением,\nМария"
)

# (scenario, reply, check missing, sentence offered, the reply after applying it)
INSERTIONS = [
    pytest.param(
        "test-api-en",
        EN_EMAIL,
        "acknowledge",
        "I understand how frustrating this is.",
        "Hi Daniel,\n\nI understand how frustrating this is. The request fails because "
        "page_size is above 200. Set page_size to 200.\n\nBest regards,\nMaria",
        id="en-acknowledgement-after-greeting-line",
    ),
    pytest.param(
        "test-api-en",
        EN_EMAIL,
        "closing",
        "let me know if anything else comes up",
        "Hi Daniel,\n\nThe request fails because page_size is above 200. Set page_size to "
        "200. Let me know if anything else comes up.\n\nBest regards,\nMaria",
        id="en-closing-before-sign-off-capitalised-and-ended",
    ),
    pytest.param(
        "test-api-en",
        "Hi Daniel, I understand how frustrating this is. The limit is 200 per page. "
        "Thanks for your patience.",
        "next-step",
        "I'll check your next request myself today.",
        "Hi Daniel, I understand how frustrating this is. The limit is 200 per page. "
        "I'll check your next request myself today. Thanks for your patience.",
        id="en-next-step-before-closing",
    ),
    pytest.param(
        "test-api-en",
        "Hi Daniel, the limit is 200 per page",
        "next-step",
        "I'll check your next request myself today.",
        "Hi Daniel, the limit is 200 per page. I'll check your next request myself today.",
        id="en-full-stop-added-to-an-unended-sentence",
    ),
    pytest.param(
        "test-api-en",
        "Hi Daniel, the limit is 200 per page.",
        "acknowledge",
        "Hi Daniel, I understand how frustrating this is.",
        "Hi Daniel, the limit is 200 per page. I understand how frustrating this is.",
        id="en-second-salutation-cut",
    ),
    pytest.param(
        "test-api-en",
        "Dear customer, the limit is 200 per page.",
        "greeting",
        "Hi Daniel,",
        "Hi Daniel,\n\nThe limit is 200 per page.",
        id="en-greeting-replaces-the-salutation",
    ),
    pytest.param(
        "test-api-en",
        "Daniel, the limit is 200 per page.",
        "acknowledge",
        "I understand how frustrating this is.",
        "Daniel, the limit is 200 per page. I understand how frustrating this is.",
        id="en-an-opening-address-by-name-stays-first",
    ),
    pytest.param(
        "test-api-ru",
        "Ольга, лимит — 200 записей на страницу.",
        "acknowledge",
        "Понимаю, как это неприятно.",
        "Ольга, лимит — 200 записей на страницу. Понимаю, как это неприятно.",
        id="ru-an-opening-address-by-name-stays-first",
    ),
    pytest.param(
        "test-api-ru",
        RU_EMAIL,
        "acknowledge",
        "понимаю, как это неприятно.",
        "Здравствуйте, Ольга!\n\nПонимаю, как это неприятно. Запрос не проходит, потому что "
        "page_size больше 200. Укажите page_size=200.\n\nС уважением,\nМария",
        id="ru-acknowledgement-after-greeting-capitalised",
    ),
    pytest.param(
        "test-api-ru",
        RU_EMAIL,
        "closing",
        "Если будут вопросы, пишите",
        "Здравствуйте, Ольга!\n\nЗапрос не проходит, потому что page_size больше 200. "
        "Укажите page_size=200. Если будут вопросы, пишите.\n\nС уважением,\nМария",
        id="ru-closing-before-sign-off",
    ),
    pytest.param(
        "test-api-ru",
        "Добрый день.\n\nЛимит — 200 записей на страницу.",
        "greeting",
        "Ольга, здравствуйте!",
        "Ольга, здравствуйте!\n\nЛимит — 200 записей на страницу.",
        id="ru-greeting-replaces-a-bare-one",
    ),
]


@pytest.mark.parametrize(("scenario_id", "text", "check_id", "sentence", "expected"), INSERTIONS)
def test_missing_move_is_inserted_in_the_trainers_order(
    library, scenario_id, text, check_id, sentence, expected
):
    scenario = library.scenarios[scenario_id]
    rubric = library.rubrics[scenario.rubric]
    finding = Finding(check_id, "empathy", "major", "missing")
    edit = plan_edit(text, finding, Suggestion(sentence, "trainer example: x"), rubric, scenario)
    assert edit.applied_to(text) == expected


def test_a_missing_key_point_goes_in_the_body_not_after_the_sign_off(library):
    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    finding = Finding("key-points", "resolution", "major", "missing", key_point="exact-fix")
    fact = "Set page_size to 200 and it will go through."
    edit = plan_edit(EN_EMAIL, finding, Suggestion(fact, "trainer example: x"), rubric, scenario)
    after = edit.applied_to(EN_EMAIL)
    assert after.endswith("\n\nBest regards,\nMaria")
    assert after.index(fact) < after.index("Best regards")
    assert after.index("Hi Daniel") < after.index(fact)


def test_a_trainers_sentence_for_part_of_a_sentence_replaces_the_sentence(library):
    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    text = "Hi Daniel, the limit is 200. Obviously you MUST read the docs!! Thanks."
    start = text.index("!!")
    finding = Finding("shouting", "tone", "major", "shouting", start, start + 2, "!!")
    better = "Hi Daniel, I can walk you through the change."
    edit = plan_edit(text, finding, Suggestion(better, "trainer example: x"), rubric, scenario)
    assert edit.applied_to(text) == (
        "Hi Daniel, the limit is 200. I can walk you through the change. Thanks."
    )


@pytest.mark.parametrize("scenario_id", ["test-api-en", "test-api-ru"])
def test_every_suggestion_for_a_missing_move_comes_with_its_placed_edit(library, scenario_id):
    scenario = library.scenarios[scenario_id]
    rubric = library.rubrics[scenario.rubric]
    text = scenario.examples.bad[0].text
    report = score_reply(text, rubric, scenario)
    missing = [s for s in suggest(text, report, rubric, scenario) if s.finding.start is None]
    assert missing
    for item in missing:
        assert len(item.edits) == len(item.suggestions)
        for edit in item.edits:
            after = edit.applied_to(text)
            inserted = edit.text.strip()
            assert inserted
            assert inserted[:1] == inserted[:1].upper()
            assert "  " not in after
            assert " ." not in after
            assert after.startswith(text[: edit.start])
