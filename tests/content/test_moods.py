"""Moods: a documented set with icons and labels, written as ids or aliases in en or ru."""

from pathlib import Path

import pytest

from coach.content.enums import Mood
from coach.content.moods import MOOD_IDS, MOODS, mood_id
from coach.scoring import load_library

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()


def test_every_mood_has_an_icon_and_words_in_both_languages():
    assert set(MOODS) == set(MOOD_IDS)
    for info in MOODS.values():
        assert info.icon
        assert any(w.isascii() for w in info.aliases)
        assert any(not w.isascii() for w in info.aliases)


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("upset", "upset"),
        ("Frustrated", "frustrated"),
        ("annoyed", "annoyed"),
        ("confused", "confused"),
        ("worried", "worried"),
        ("раздражён", "annoyed"),
        ("Раздражен", "annoyed"),
        ("расстроена", "upset"),
        ("irritated", "annoyed"),
    ],
)
def test_scenario_accepts_the_wider_set_and_stores_the_id(tmp_path, written, stored):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD.replace("mood: angry", f"mood: {written}", 1))
    library = load_library([path])
    assert library.issues == []
    (scenario,) = library.scenarios.values()
    mood: Mood = scenario.persona.mood
    assert mood == stored


def test_unknown_mood_lists_the_ids(tmp_path):
    path = tmp_path / "s.yaml"
    text = GOOD.replace("mood: angry", "mood: furiousss", 1)
    path.write_text(text)
    line = text[: text.index("furiousss")].count("\n") + 1
    column = text.splitlines()[line - 1].index("furiousss") + 1
    (issue,) = load_library([path]).issues
    assert str(issue) == (
        f"{path}:{line}:{column}: 'furiousss' is not allowed here; use one of 'angry', "
        "'annoyed', 'frustrated', 'upset', 'anxious', 'worried', 'confused', 'sarcastic', "
        "'impatient', 'polite' or 'neutral'"
    )


def test_unknown_words_are_returned_as_written():
    assert mood_id("furiousss") == "furiousss"
