"""Issue 15: applying any single suggestion never lowers the score — on every bundled
bad example (en and ru), each suggestion applied alone, exactly as the editor applies it
(the core's placed edit). Asserted as a property, not as scores, so a retrained judgement
only has to keep it true."""

from __future__ import annotations

import pytest

from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.rephrase import suggest
from coach.scoring import load_library, score_reply

LIBRARY = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
CASES = [
    pytest.param(scenario_id, bad.id, id=f"{scenario_id}/{bad.id}")
    for scenario_id, scenario in sorted(LIBRARY.scenarios.items())
    for bad in scenario.examples.bad
]


def test_both_languages_are_covered():
    assert {LIBRARY.scenarios[p.values[0]].language for p in CASES} == {"en", "ru"}


@pytest.mark.parametrize(("scenario_id", "bad_id"), CASES)
def test_no_single_suggestion_lowers_the_score(scenario_id, bad_id):
    scenario = LIBRARY.scenarios[scenario_id]
    rubric = LIBRARY.rubrics[scenario.rubric]
    text = next(b.text for b in scenario.examples.bad if b.id == bad_id)
    before = score_reply(text, rubric, scenario)
    items = suggest(text, before, rubric, scenario)
    assert items, "a bad example always has something to improve"
    lowered = []
    for item in items:
        for suggestion, edit in zip(item.suggestions, item.edits, strict=True):
            after = score_reply(edit.applied_to(text), rubric, scenario).overall
            if after < before.overall:
                lowered.append((item.finding.check_id, suggestion.text, after))
    assert not lowered, f"{before.overall:.1f} lowered by {lowered}"
