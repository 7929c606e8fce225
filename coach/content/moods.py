"""The customer moods a scenario's persona may have: id, icon, and label in each language.

Trainers write the mood as they would say it: any id below, or one of its aliases in
English or Russian (`раздражён`, `frustrated`), in any case and with `е` for `ё`. The
loader stores the id, so filters, rubric `applies_when: {moods: [...]}` and the history
see one name per mood. The GUI shows the icon and the label in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from coach.content.enums import Mood


@dataclass(frozen=True)
class MoodInfo:
    icon: str
    label_en: str
    label_ru: str
    # Other ways to write this mood, in lower case with `е` for `ё`.
    aliases: tuple[str, ...] = ()


MOODS: dict[Mood, MoodInfo] = {
    "angry": MoodInfo("😠", "angry", "злится", ("furious", "mad", "злой", "злая", "в ярости")),
    "annoyed": MoodInfo(
        "😒", "annoyed", "раздражён", ("irritated", "раздражен", "раздражена", "раздраженный")
    ),
    "frustrated": MoodInfo(
        "😤", "frustrated", "раздосадован", ("exasperated", "раздосадована", "на взводе")
    ),
    "upset": MoodInfo("😞", "upset", "расстроен", ("disappointed", "расстроена", "разочарован")),
    "anxious": MoodInfo("😰", "anxious", "тревожится", ("nervous", "встревожен", "встревожена")),
    "worried": MoodInfo("😟", "worried", "обеспокоен", ("concerned", "обеспокоена", "переживает")),
    "confused": MoodInfo("😕", "confused", "растерян", ("puzzled", "растеряна", "в недоумении")),
    "sarcastic": MoodInfo("🙄", "sarcastic", "язвит", ("ironic", "саркастичен", "иронизирует")),
    "impatient": MoodInfo("⏱️", "impatient", "торопит", ("in a hurry", "нетерпелив", "нетерпелива")),
    "polite": MoodInfo("🙂", "polite", "вежлив", ("friendly", "вежлива", "дружелюбен")),
    "neutral": MoodInfo("😐", "neutral", "спокоен", ("calm", "спокойна", "нейтрален")),
}

MOOD_IDS: tuple[Mood, ...] = get_args(Mood)

_BY_NAME: dict[str, Mood] = {}
for _mood, _info in MOODS.items():
    for _name in (_mood, _info.label_en, _info.label_ru, *_info.aliases):
        _BY_NAME.setdefault(_name.lower().replace("ё", "е"), _mood)


def mood_id(written: str) -> str:
    """The mood id a trainer's word stands for ("Раздражён" -> "annoyed"); anything
    unknown is returned as written, for validation to refuse with the list of ids."""
    return _BY_NAME.get(" ".join(written.split()).lower().replace("ё", "е"), written)
