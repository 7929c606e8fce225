"""Whether a rewrite is worth showing, and if not, why — in the reply's language.

A rewrite is a promise that the trainers' version scores better; one that scores lower,
or only reaches "Needs work", teaches the wrong reply. So it is offered only when it
scores higher than the original and reaches the rubric's "Good" band, and otherwise the
trainee reads why not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from coach.content.rubric import Band, Rubric
from coach.text.languages import core_message

Refusal = Literal["empty", "needs_scenario", "not_higher", "below_good", "already_best"]


@dataclass(frozen=True)
class Verdict:
    """Offered, or the reason it is not (empty when offered)."""

    offered: bool
    reason: str = ""


def good_band(rubric: Rubric) -> Band:
    """The band a rewrite must reach: trainers' rubrics name their bands freely ("Good",
    "Хорошо", "Pass"), so it is found by place — the second from the top when there are
    three or more (above it is "Excellent", below are the kinds of not good), else the top.
    """
    ranked = sorted(rubric.bands, key=lambda b: b.min, reverse=True)
    return ranked[1] if len(ranked) >= 3 else ranked[0]


def judge_offer(
    before: float,
    after: float,
    rubric: Rubric,
    *,
    empty: bool = False,
    has_scenario: bool = True,
) -> Verdict:
    """Offer when `after` beats `before` and reaches the "Good" band; else say why."""
    band = good_band(rubric)
    if not empty and after > before and after >= band.min:
        return Verdict(True)
    if empty:
        refusal: Refusal = "empty"
    elif not has_scenario:
        refusal = "needs_scenario"
    elif before >= band.min and after <= before:
        refusal = "already_best"
    elif after <= before:
        refusal = "not_higher"
    else:
        refusal = "below_good"
    shown = rubric.band_for(before) if refusal == "already_best" else band.label
    # Floored, so 69.8 reads "69, below Good (70)" rather than "70, below Good (70)".
    # The reasons sit in each language's profile, as `rewrite.<refusal>`; {before},
    # {after}, {band} and {floor} are filled in here.
    text = core_message(rubric.language, f"rewrite.{refusal}").format(
        before=math.floor(before), after=math.floor(after), band=shown, floor=band.min
    )
    return Verdict(False, text)
