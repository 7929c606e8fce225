"""The bundled scenarios' bad examples as test cases, and their rewrites computed once
per session: several rewrite test files check different properties of the same ones."""

from __future__ import annotations

from functools import cache

import pytest

from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.rephrase import Rewrite, rewrite
from coach.scoring import load_library

LIBRARY = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
CASES = [
    pytest.param(scenario_id, bad.id, id=f"{scenario_id}/{bad.id}")
    for scenario_id, scenario in sorted(LIBRARY.scenarios.items())
    for bad in scenario.examples.bad
]


@cache
def rewrite_of(scenario_id: str, bad_id: str) -> Rewrite:
    scenario = LIBRARY.scenarios[scenario_id]
    text = next(b.text for b in scenario.examples.bad if b.id == bad_id)
    return rewrite(text, LIBRARY.rubrics[scenario.rubric], scenario)
