"""Mood icons only where the font draws them: no missing-glyph boxes in the interface."""

from __future__ import annotations

import pytest

from coach.content.moods import MOODS
from coach.gui import facets
from coach.gui.facets import facet_label, mood_icons_shown
from coach.gui.glyphs import renders

# A character of plane 16's private use area: no font draws it.
NO_FONT_HAS_IT = "\U0010fffd"


def test_plain_letters_render_and_an_unassigned_character_does_not(qapp):
    assert renders("Aя")
    assert not renders(NO_FONT_HAS_IT)
    assert not renders(f"A{NO_FONT_HAS_IT}")


def test_the_mood_labels_follow_what_this_machine_draws(qapp):
    # Whatever fonts this machine has, a label never carries a box.
    shown = mood_icons_shown()
    assert shown == all(renders(info.icon) for info in MOODS.values())
    for mood, info in MOODS.items():
        assert facet_label(mood).startswith(f"{info.icon} ") == shown, mood


@pytest.mark.parametrize("missing", sorted(MOODS))
def test_one_icon_the_font_lacks_leaves_every_mood_as_its_word(qapp, monkeypatch, missing):
    icon = MOODS[missing].icon  # type: ignore[index]
    monkeypatch.setattr(facets, "renders", lambda text: text != icon)
    assert not mood_icons_shown()
    assert facet_label("annoyed") == "annoyed"
    assert facet_label(missing) == missing
    assert facet_label("technical") == "technical"


def test_with_every_icon_drawn_the_labels_carry_them(qapp, monkeypatch):
    monkeypatch.setattr(facets, "renders", lambda text: True)
    assert facet_label("annoyed") == f"{MOODS['annoyed'].icon} annoyed"
    assert facet_label("technical") == "technical"
