"""One avoid entry model: a rubric avoid check's entry and a scenario's `avoid:` entry are
checked by the same rules and say a broken entry in the same words, in the file's
language."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content.scenario import ScenarioAvoidEntry
from coach.scoring import load_library
from coach.scoring.checks.avoid import Entry

ROOT = Path(__file__).parent.parent.parent
EXACTLY_ONE = {
    "en": "an avoid entry needs exactly one of 'phrase', 'pattern' or 'examples'",
    "ru": "у элемента avoid должно быть ровно одно из: 'phrase', 'pattern' или 'examples'",
}
# The first entry of the bundled rubrics' first avoid check (`dismissive`).
FIRST_ENTRY = {"en": "      - {phrase: calm down, ", "ru": "      - {phrase: успокойтесь, "}


def _messages(path: Path) -> list[str]:
    return [i.message for i in load_library([path]).issues]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("entry", ["{phrase: a, pattern: b}", "{replacements: [x]}"])
def test_a_rubric_entry_says_what_a_scenario_entry_says(tmp_path, language, entry):
    rubric = (ROOT / f"coach/data/rubrics/support-{language}.yaml").read_text()
    rubric = rubric.replace(f"id: support-{language}", f"id: probe-{language}", 1)
    rubric = rubric.replace(FIRST_ENTRY[language], f"      - {entry}\n{FIRST_ENTRY[language]}", 1)
    (tmp_path / "r.yaml").write_text(rubric)
    scenario = (ROOT / f"tests/data/scenarios/api-{language}.yaml").read_text()
    avoid = f"avoid:\n  - {entry[:-1]}, message: m}}\n"
    if "avoid:\n" in scenario:
        scenario = scenario.replace("avoid:\n", avoid, 1)
    else:
        scenario = scenario.replace("vocabulary:", avoid + "vocabulary:", 1)
    (tmp_path / "s.yaml").write_text(scenario)
    assert _messages(tmp_path / "r.yaml") == [EXACTLY_ONE[language]]
    assert _messages(tmp_path / "s.yaml") == [EXACTLY_ONE[language]]


def test_each_entry_keeps_its_own_way_of_being_critical():
    assert Entry(phrase="a", critical=True).is_critical
    assert not Entry(phrase="a").is_critical
    assert ScenarioAvoidEntry(phrase="a", message="m", severity="critical").is_critical
    assert not ScenarioAvoidEntry(phrase="a", message="m", severity="major").is_critical


def test_the_extra_keys_stay_where_they_belong():
    with pytest.raises(ValueError, match="critical"):
        ScenarioAvoidEntry.model_validate({"phrase": "a", "message": "m", "critical": True})
    with pytest.raises(ValueError, match="dimension"):
        Entry.model_validate({"phrase": "a", "dimension": "tone"})
    with pytest.raises(ValueError, match="message"):
        ScenarioAvoidEntry.model_validate({"phrase": "a"})
