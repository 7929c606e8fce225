"""A rubric's checks as a scenario tunes them, cached per (rubric, scenario) pair."""

from __future__ import annotations

from coach.content.library import scenario_checks
from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.scoring.checks import CHECK_SCHEMAS

_cache: dict[tuple[int, int], tuple[Rubric, Scenario | None, tuple[RubricCheck, ...]]] = {}


def effective_checks(rubric: Rubric, scenario: Scenario | None) -> tuple[RubricCheck, ...]:
    if scenario is None or not scenario.overrides:
        return rubric.checks
    key = (id(rubric), id(scenario))
    cached = _cache.get(key)
    # Identity is checked too: ids can be reused once an object is garbage-collected.
    if cached is not None and cached[0] is rubric and cached[1] is scenario:
        return cached[2]
    checks = scenario_checks(scenario, rubric, CHECK_SCHEMAS)
    if len(_cache) > 256:
        _cache.clear()
    _cache[key] = (rubric, scenario, checks)
    return checks
