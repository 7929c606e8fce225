"""The rewrite keeps the trainee's correct facts and never a wrong one: a sentence that
states the opposite of a key point ("the reminders can't be resent") goes, and the
trainers' sentence for that point stands in, on the bundled bad examples, the dev part's
replies rated 3 or lower, and a reply written for this test."""

from __future__ import annotations

import pytest
from bundled_bad_examples import CASES, LIBRARY, rewrite_of
from test_rewrite_dev_replies import CASES as DEV_CASES
from test_rewrite_dev_replies import _case as dev_case

from coach.rephrase import rewrite
from coach.rephrase.roles import sentence_roles
from coach.scoring.effective import effective_checks
from coach.text.analysis import analyze


def _denied(text: str, scenario_id: str) -> list[str]:
    """The sentences of `text` that state the opposite of one of the scenario's key
    points (as the scenario's own good examples never do)."""
    scenario = LIBRARY.scenarios[scenario_id]
    checks = effective_checks(LIBRARY.rubrics[scenario.rubric], scenario)
    roles = sentence_roles(analyze(text, scenario.language), scenario, checks)
    return [r.text for r in roles if r.denied]


def test_a_sentence_denying_a_key_point_is_replaced_by_the_trainers_fact():
    text = (
        "Hi Sarah, I'm sorry about this morning. The reminders that failed today can't be "
        "resent, unfortunately. We are looking into it."
    )
    assert _denied(text, "angry-vip-manager-en")
    scenario = LIBRARY.scenarios["angry-vip-manager-en"]
    result = rewrite(text, LIBRARY.rubrics[scenario.rubric], scenario)
    assert result.offered
    assert "can't be resent" not in result.text
    assert "The reminders that failed today can't be resent, unfortunately." in result.dropped
    assert "todays-reminders" not in result.after.missing_key_points
    assert _denied(result.text, "angry-vip-manager-en") == []


@pytest.mark.parametrize(("scenario_id", "bad_id"), CASES)
def test_no_bundled_bad_examples_rewrite_denies_a_key_point(scenario_id, bad_id):
    result = rewrite_of(scenario_id, bad_id)
    if result.offered:
        assert _denied(result.text, scenario_id) == []


@pytest.mark.parametrize("reply_id", DEV_CASES)
def test_no_dev_replys_rewrite_denies_a_key_point(reply_id):
    reply, result = dev_case(reply_id)
    if result.offered:
        assert _denied(result.text, reply.scenario) == []
