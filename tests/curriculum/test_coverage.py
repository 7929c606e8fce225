"""The bundled curriculum cannot silently shrink: coverage of categories, tiers, channels,
moods and languages, the named scenarios, and the shape of every scenario."""

from collections import Counter
from pathlib import Path

import pytest

from coach.scoring import load_library
from coach.scoring.selftest import selftest

ROOT = Path(__file__).parent.parent.parent
LIBRARY = load_library([ROOT / "coach/data/rubrics", ROOT / "coach/data/scenarios"])
SCENARIOS = list(LIBRARY.scenarios.values())
NAMED = [
    "api-params-vip",
    "angry-vip-manager",
    "mass-outage",
    "double-charge",
    "missing-feature",
    "escalation-l3",
    "account-access",
    "csv-import-branching",
]


def test_the_curriculum_loads_without_problems():
    assert LIBRARY.issues == []


def test_sixteen_scenarios_in_each_language():
    languages = Counter(s.language for s in SCENARIOS)
    assert languages["en"] >= 16
    assert languages["ru"] >= 16
    stems = {s.id.rsplit("-", 1)[0] for s in SCENARIOS}
    for stem in stems:
        assert f"{stem}-en" in LIBRARY.scenarios, stem
        assert f"{stem}-ru" in LIBRARY.scenarios, stem


def test_every_category_tier_channel_and_mood_is_present():
    assert {s.category for s in SCENARIOS} >= {
        "technical",
        "customer",
        "product",
        "billing",
        "multilingual",
    }
    assert {s.tier for s in SCENARIOS} >= {"L1", "L2", "L3"}
    assert {s.channel for s in SCENARIOS} >= {"email", "chat"}
    assert {s.persona.mood for s in SCENARIOS} >= {
        "angry",
        "anxious",
        "confused",
        "sarcastic",
        "impatient",
    }


@pytest.mark.parametrize("stem", NAMED)
def test_named_scenarios_exist_in_both_languages(stem):
    assert f"{stem}-en" in LIBRARY.scenarios
    assert f"{stem}-ru" in LIBRARY.scenarios


def test_the_api_scenario_has_the_canonical_pair():
    en = LIBRARY.scenarios["api-params-vip-en"]
    assert any(
        b.text.strip()
        == "You are doing everything wrong. Here is the documentation, study it and try again."
        for b in en.examples.bad
    )
    assert any("I see a way to optimise your approach" in g.text for g in en.examples.good)


def test_a_multi_turn_scenario_branches_on_the_first_reply():
    branching = [s for s in SCENARIOS if len(s.turns) > 1 and s.turns[1].branches]
    assert branching
    for scenario in branching:
        branches = scenario.turns[1].branches
        assert any(b.when is not None for b in branches)
        assert branches[-1].when is None  # a default follow-up


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scenario_shape(scenario):
    assert scenario.persona.name
    assert len(scenario.examples.good) >= 3
    assert len({g.style for g in scenario.examples.good}) >= 2
    assert len(scenario.examples.bad) >= 3
    assert len(scenario.key_points) >= 2
    assert all(kp.phrases or kp.requires for kp in scenario.key_points)
    assert scenario.vocabulary
    assert scenario.avoid
    assert scenario.context.summary or scenario.context.account


def test_selftest_passes_for_the_whole_curriculum():
    failures = {r.scenario.id: r.problems for r in selftest(LIBRARY) if not r.passed}
    assert failures == {}
