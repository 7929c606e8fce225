"""A key point's phrase said with its words in another order still covers the point, in
one sentence and not under a denying negation (Russian word order is free; English
passives turn phrases round)."""

import pytest

from coach.content.scenario import KeyPoint
from coach.scoring import score_reply


def _covered(library, scenario_id, phrases, text):
    scenario = library.scenarios[scenario_id]
    point = KeyPoint(id="ends", description="the plan ends on 30 April", phrases=phrases)
    copy = scenario.model_copy(update={"key_points": [point]})
    report = score_reply(text, library.rubrics[scenario.rubric], copy)
    return "ends" not in report.missing_key_points


@pytest.mark.parametrize(
    ("scenario_id", "phrases", "text"),
    [
        ("test-api-ru", ["закончится 30 апреля"], "Подписка отменена: 30 апреля она закончится."),
        ("test-api-en", ["scheduled the cancellation"], "The cancellation is scheduled for you."),
    ],
)
def test_the_phrases_words_in_another_order_cover_the_point(library, scenario_id, phrases, text):
    assert _covered(library, scenario_id, phrases, text)


@pytest.mark.parametrize(
    ("scenario_id", "phrases", "text"),
    [
        # The words in two sentences are not the phrase.
        ("test-api-en", ["scheduled the cancellation"], "It is scheduled. The cancellation waits."),
        # A denying sentence does not say it, whatever the order.
        ("test-api-ru", ["закончится 30 апреля"], "30 апреля она не закончится."),
    ],
)
def test_words_apart_or_denied_do_not_cover_it(library, scenario_id, phrases, text):
    assert not _covered(library, scenario_id, phrases, text)
