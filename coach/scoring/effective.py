"""A rubric's checks as a scenario tunes them, cached per (rubric, scenario) pair."""

from __future__ import annotations

from coach.content.library import scenario_checks
from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.checks import CHECK_SCHEMAS


def effective_checks(rubric: Rubric, scenario: Scenario | None) -> tuple[RubricCheck, ...]:
    if scenario is None or not scenario.overrides:
        return rubric.checks
    return _tuned(rubric, scenario)


@by_identity
def _tuned(rubric: Rubric, scenario: Scenario) -> tuple[RubricCheck, ...]:
    return scenario_checks(scenario, rubric, CHECK_SCHEMAS)
