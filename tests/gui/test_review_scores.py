"""The overall a reviewer's dimension overrides imply."""

import pytest

from coach.gui.trainer.review_scores import derived_overall

WEIGHTS = {"empathy": 0.3, "clarity": 0.2, "tone": 0.3, "resolution": 0.2}
AUTO = {"empathy": 0.0, "clarity": 60.0, "tone": 31.0, "resolution": 40.0}


@pytest.mark.parametrize(
    ("overridden", "expected"),
    [
        ({}, 28.0),
        # Empathy 0 -> 30 and Tone 31 -> 20: the mean goes 29.3 -> 35.0, the cap's gap of
        # 1.3 shrinks by (100 - 35) / (100 - 29.3).
        ({"empathy": 30.0, "tone": 20.0}, 35.0 - 1.3 * 65.0 / 70.7),
        # Overriding a dimension with its own score changes nothing.
        ({"tone": 31.0}, 28.0),
        ({"empathy": 100.0, "clarity": 100.0, "tone": 100.0, "resolution": 100.0}, 100.0),
        ({"empathy": 0.0, "tone": 0.0, "clarity": 0.0, "resolution": 0.0}, 0.0),
    ],
)
def test_derived_overall(overridden, expected):
    assert derived_overall(28.0, AUTO, overridden, WEIGHTS) == pytest.approx(expected)


def test_unknown_weights_leave_the_overall():
    assert derived_overall(28.0, AUTO, {"empathy": 90.0}, {}) == 28.0


def test_an_overall_above_the_mean_keeps_its_gap_inside_the_scale():
    auto = {"empathy": 50.0, "tone": 50.0}
    weights = {"empathy": 1.0, "tone": 1.0}
    assert derived_overall(60.0, auto, {"empathy": 50.0}, weights) == pytest.approx(60.0)
    assert derived_overall(60.0, auto, {"empathy": 0.0, "tone": 0.0}, weights) == 0.0
    # Mean 50 -> 75: half the room to 100 is left, so half the gap of 10.
    assert derived_overall(60.0, auto, {"empathy": 100.0}, weights) == pytest.approx(80.0)
    assert derived_overall(60.0, auto, {"empathy": 100.0, "tone": 100.0}, weights) == 100.0
