"""The customer moods a scenario's persona may have: id, icon, and the words for it.

Trainers write the mood as they would say it: any id below, or one of its aliases in
English or Russian (`раздражён`, `frustrated`), in any case and with `е` for `ё`. The
loader stores the id, so filters, rubric `applies_when: {moods: [...]}` and the history
see one name per mood. The GUI shows the icon and the label in the interface language
(its translation files, `coach/gui/facets.py`), so nothing here is per language: a new
language adds its words to `aliases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from coach.content.enums import Mood


@dataclass(frozen=True)
class MoodInfo:
    icon: str
    # Other ways to write this mood, in any language, in lower case with `е` for `ё`.
    aliases: tuple[str, ...] = ()


MOODS: dict[Mood, MoodInfo] = {
    "angry": MoodInfo("😠", ("злится", "furious", "mad", "злой", "злая", "в ярости")),
    "annoyed": MoodInfo(
        "😒", ("раздражён", "irritated", "раздражен", "раздражена", "раздраженный")
    ),
    "frustrated": MoodInfo("😤", ("раздосадован", "exasperated", "раздосадована", "на взводе")),
    "upset": MoodInfo("😞", ("расстроен", "disappointed", "расстроена", "разочарован")),
    "anxious": MoodInfo("😰", ("тревожится", "nervous", "встревожен", "встревожена")),
    "worried": MoodInfo("😟", ("обеспокоен", "concerned", "обеспокоена", "переживает")),
    "confused": MoodInfo("😕", ("растерян", "puzzled", "растеряна", "в недоумении")),
    "sarcastic": MoodInfo("🙄", ("язвит", "ironic", "саркастичен", "иронизирует")),
    "impatient": MoodInfo("⏱️", ("торопит", "in a hurry", "нетерпелив", "нетерпелива")),
    "polite": MoodInfo("🙂", ("вежлив", "friendly", "вежлива", "дружелюбен")),
    "neutral": MoodInfo("😐", ("спокоен", "calm", "спокойна", "нейтрален")),
}

MOOD_IDS: tuple[Mood, ...] = get_args(Mood)

_BY_NAME: dict[str, Mood] = {}
for _mood, _info in MOODS.items():
    for _name in (_mood, *_info.aliases):
        _BY_NAME.setdefault(_name.lower().replace("ё", "е"), _mood)


def mood_id(written: str) -> str:
    """The mood id a trainer's word stands for ("Раздражён" -> "annoyed"); anything
    unknown is returned as written, for validation to refuse with the list of ids."""
    return _BY_NAME.get(" ".join(written.split()).lower().replace("ё", "е"), written)
