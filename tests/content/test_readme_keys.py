"""The README's "Keys at a glance" table says what the loader requires and allows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.content import scenario as model

README = Path(__file__).resolve().parents[2] / "README.md"
PARTS = {
    "scenario": model.Scenario,
    "persona": model.Persona,
    "turn": model.Turn,
    "branch": model.Branch,
    "key point": model.KeyPoint,
    "avoid entry": model.ScenarioAvoidEntry,
    "examples": model.Examples,
    "good example": model.Example,
    "bad example": model.BadExample,
}


def _table() -> dict[str, tuple[set[str], set[str]]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Keys at a glance", 1)[1].split("\n### ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] in PARTS:
            rows[cells[0]] = tuple(set(re.findall(r"`([a-z_]+)`", c)) for c in cells[1:])
    return rows


def test_every_part_is_in_the_table():
    assert set(_table()) == set(PARTS)


@pytest.mark.parametrize("part", list(PARTS))
def test_the_table_lists_every_key_of_the_part_once(part):
    required, optional = _table()[part]
    fields = PARTS[part].model_fields
    names = {f.alias or k for k, f in fields.items()}
    assert required | optional == names
    assert not required & optional
    # The required column also names the "one of" keys (phrases, requires or examples);
    # every key the loader requires on its own is there.
    assert {f.alias or k for k, f in fields.items() if f.is_required()} <= required
