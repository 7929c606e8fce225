"""Issue 15, on every bundled bad example (en and ru): rewriting the rewrite changes
nothing, and no short sentence repeats a move another sentence already makes."""

from __future__ import annotations

import pytest
from bundled_bad_examples import CASES, LIBRARY
from bundled_bad_examples import rewrite_of as _case

from coach.rephrase import rewrite
from coach.rephrase.roles import sentence_roles
from coach.scoring.effective import effective_checks
from coach.text.analysis import analyze


def test_both_languages_are_covered():
    assert {LIBRARY.scenarios[p.values[0]].language for p in CASES} == {"en", "ru"}


@pytest.mark.parametrize(("scenario_id", "bad_id"), CASES)
def test_rewriting_the_rewrite_changes_nothing(scenario_id, bad_id):
    first = _case(scenario_id, bad_id)
    if not first.offered:
        pytest.skip("no rewrite offered (its reason is tested in test_rewrite_structure)")
    scenario = LIBRARY.scenarios[scenario_id]
    again = rewrite(first.text, LIBRARY.rubrics[scenario.rubric], scenario)
    assert again.text == first.text
    assert not again.offered


@pytest.mark.parametrize(("scenario_id", "bad_id"), CASES)
def test_no_short_sentence_repeats_a_move(scenario_id, bad_id):
    result = _case(scenario_id, bad_id)
    scenario = LIBRARY.scenarios[scenario_id]
    rubric = LIBRARY.rubrics[scenario.rubric]
    checks = effective_checks(rubric, scenario)
    roles = sentence_roles(analyze(result.text, scenario.language), scenario, checks)
    # The reply's first and last sentences are its one greeting and one closing.
    for role in roles[1:-1]:
        if len(role.text.split()) >= 4 or role.key_points or not role.moves:
            continue
        others = [r for r in roles if r is not role]
        repeated = all(any(m in r.moves for r in others) for m in role.moves)
        assert not repeated or not result.offered, f"{role.text!r} repeats {set(role.moves)}"


def test_the_leftover_i_understand_is_gone():
    result = _case("angry-vip-manager-en", "shouting")
    assert result.offered
    assert result.text.startswith("Hi Sarah, I understand")
    assert "I understand." not in result.text
