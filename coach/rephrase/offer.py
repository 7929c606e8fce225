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

from coach.content.enums import Language
from coach.content.rubric import Band, Rubric

Refusal = Literal["empty", "needs_scenario", "not_higher", "below_good", "already_best"]

# One table per language (no `language ==` branches); {before}, {after}, {band}, {floor}
# are filled in.
REASONS: dict[Language, dict[Refusal, str]] = {
    "en": {
        "empty": "Write a reply first; there is nothing to rewrite yet.",
        "needs_scenario": (
            "No rewrite without a scenario: the rubric alone could not make this reply "
            "better (best found: {after:.0f}, yours: {before:.0f}). Choose a scenario, and "
            "its trainers' examples supply the sentences."
        ),
        "not_higher": (
            "No rewrite offered: the best one found scores {after:.0f}, not higher than "
            "your {before:.0f}."
        ),
        "below_good": (
            "No rewrite offered: the best one found scores {after:.0f}, below “{band}” "
            "({floor:.0f}). Use the suggestions on each finding instead."
        ),
        "already_best": (
            "Your reply already scores {before:.0f} (“{band}”); no rewrite found scores higher."
        ),
    },
    "ru": {
        "empty": "Сначала напишите ответ: переписывать пока нечего.",
        "needs_scenario": (
            "Без сценария переписать не получится: одна рубрика не сделала ответ лучше "
            "(лучший вариант: {after:.0f}, ваш: {before:.0f}). Выберите сценарий — "
            "предложения возьмутся из примеров тренеров."
        ),
        "not_higher": (
            "Вариант не предложен: лучший найденный набирает {after:.0f}, не больше "
            "ваших {before:.0f}."
        ),
        "below_good": (
            "Вариант не предложен: лучший найденный набирает {after:.0f}, ниже уровня "
            "«{band}» ({floor:.0f}). Воспользуйтесь подсказками к замечаниям."
        ),
        "already_best": (
            "Ваш ответ уже набирает {before:.0f} («{band}»); ни один вариант не набрал больше."
        ),
    },
}


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
    reasons = REASONS.get(rubric.language, REASONS["en"])
    shown = rubric.band_for(before) if refusal == "already_best" else band.label
    # Floored, so 69.8 reads "69, below Good (70)" rather than "70, below Good (70)".
    text = reasons[refusal].format(
        before=math.floor(before), after=math.floor(after), band=shown, floor=band.min
    )
    return Verdict(False, text)
