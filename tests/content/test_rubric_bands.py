import pytest

from coach.content.rubric import Band, Rubric, shown_score


def _rubric() -> Rubric:
    bands = (
        Band(min=85, label="Excellent"),
        Band(min=70, label="Good"),
        Band(min=50, label="Needs work"),
        Band(min=0, label="Poor"),
    )
    return Rubric(id="r", language="en", title="R", dimensions={}, bands=bands, checks=())


@pytest.mark.parametrize(
    ("score", "shown", "band"),
    [
        (84.7, "85", "Excellent"),  # the reported case: "85/100 (Good)"
        (84.5, "84", "Good"),  # an exact half rounds to even, as the `:.0f` display does
        (85.5, "86", "Excellent"),
        (69.4, "69", "Needs work"),
        (69.5, "70", "Good"),
        (0.0, "0", "Poor"),
    ],
)
def test_band_is_the_band_of_the_shown_score(score, shown, band):
    assert f"{score:.0f}" == shown == str(shown_score(score))
    assert _rubric().band_for(score) == band
