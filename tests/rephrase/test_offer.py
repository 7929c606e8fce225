"""A rewrite is offered only when it scores higher and reaches "Good"; else a reason in
the rubric's language."""

from __future__ import annotations

import pytest

from coach.rephrase.offer import good_band, judge_offer
from coach.text.language import detect_language


@pytest.mark.parametrize("rubric_name", ["rubric_en", "rubric_ru"])
@pytest.mark.parametrize(
    ("before", "after", "offered", "number"),
    [
        (38, 27, False, "27"),  # lower: never shown
        (38, 38, False, "38"),
        (20, 60, False, "60"),  # higher but below Good
        (20, 69.8, False, "69"),  # floored, so it never reads "70, below Good (70)"
        (20, 90, True, ""),
        (90, 85, False, "90"),  # already good
    ],
)
def test_judge_offer(request, rubric_name, before, after, offered, number):
    rubric = request.getfixturevalue(rubric_name)
    verdict = judge_offer(before, after, rubric)
    assert verdict.offered is offered
    if not offered:
        assert number in verdict.reason
        assert detect_language(verdict.reason) == rubric.language


def test_good_is_the_band_below_the_top(rubric_en, rubric_ru):
    assert good_band(rubric_en).label == "Good"
    assert good_band(rubric_ru).label == "Хорошо"


def test_without_a_scenario_the_reason_says_so(rubric_en, rubric_ru):
    assert "scenario" in judge_offer(40, 30, rubric_en, has_scenario=False).reason
    assert "сценари" in judge_offer(40, 30, rubric_ru, has_scenario=False).reason
