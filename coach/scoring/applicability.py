"""Whether a check applies to a scenario (checks that do not apply leave the weighting)."""

from __future__ import annotations

from coach.content.rubric import Applicability
from coach.content.scenario import Scenario


def applies(rule: Applicability | None, scenario: Scenario | None) -> bool:
    """True when every stated condition holds. With no scenario, only unconditional
    checks apply: a condition about the scenario cannot be known to hold."""
    if rule is None:
        return True
    if scenario is None:
        return False
    persona = scenario.persona
    tags = set(scenario.tags)
    return all(
        (
            rule.categories is None or scenario.category in rule.categories,
            rule.tiers is None or scenario.tier in rule.tiers,
            rule.channels is None or scenario.channel in rule.channels,
            rule.moods is None or persona.mood in rule.moods,
            rule.vip is None or persona.vip == rule.vip,
            rule.tags_any is None or bool(tags & set(rule.tags_any)),
            rule.tags_none is None or not tags & set(rule.tags_none),
        )
    )
