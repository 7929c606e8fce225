"""Fill `{name}`-style slots in trainer text from the scenario; never show an unfilled one."""

from __future__ import annotations

import re

from coach.content.scenario import Scenario

_SLOT = re.compile(r"\{([a-z_]+)\}")


def slot_values(scenario: Scenario | None) -> dict[str, str]:
    if scenario is None:
        return {}
    persona = scenario.persona
    values = {"name": persona.name.split()[0], "full_name": persona.name}
    if persona.company:
        values["company"] = persona.company
    if scenario.agent_name:
        values["agent"] = scenario.agent_name
    return values


def fill_slots(text: str, scenario: Scenario | None) -> str | None:
    """`text` with its slots filled, or None when a slot has no value here."""
    values = slot_values(scenario)
    missing = False

    def one(match: re.Match[str]) -> str:
        nonlocal missing
        value = values.get(match.group(1))
        if value is None:
            missing = True
            return match.group()
        return value

    filled = _SLOT.sub(one, text)
    return None if missing else filled


def has_unfilled_slot(text: str) -> bool:
    return bool(_SLOT.search(text))
