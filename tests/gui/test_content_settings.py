"""The app's side of the content search path (the Settings entry, `load_content`) and the
dimension colours rubrics give."""

import os
from pathlib import Path

import pytest

from coach.gui import colours
from coach.gui.settings import Prefs

API_EN = (Path(__file__).parent.parent / "data" / "scenarios" / "api-en.yaml").read_text("utf-8")


def test_settings_dialog_keeps_the_content_folders(qtbot, settings, tmp_path):
    from coach.gui.settings_dialog import SettingsDialog

    folders = os.pathsep.join([str(tmp_path / "team"), str(tmp_path / "mine")])
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.content_folders.text() == ""
    dialog.content_folders.setText(f"  {folders} ")
    dialog._on_save()
    assert settings.get(Prefs.content_folders) == folders
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.content_folders.text() == folders


def test_load_content_searches_the_settings_folders_after_the_bundled(tmp_path):
    from coach.gui.app import load_content
    from coach.paths import bundled_scenarios_dir, split_folder_list

    mine = tmp_path / "mine"
    (mine / "scenarios").mkdir(parents=True)
    own = mine / "scenarios" / "renewal-refund-en.yaml"
    own.write_text(API_EN.replace("id: test-api-en", "id: renewal-refund-en", 1), "utf-8")
    clash = mine / "scenarios" / "clash.yaml"
    clash.write_text(API_EN.replace("id: test-api-en", "id: api-params-vip-en", 1), "utf-8")
    library = load_content(split_folder_list(str(mine)))
    assert library.scenarios["renewal-refund-en"].path == str(own)
    bundled = bundled_scenarios_dir() / "en" / "api-params-vip-en.yaml"
    assert library.scenarios["api-params-vip-en"].path == str(bundled)
    assert [str(i) for i in library.issues] == [
        f"{clash}:1:5: duplicate scenario id 'api-params-vip-en' (also defined at {bundled}:4)"
    ]


@pytest.fixture
def fresh_colours(monkeypatch):
    """Colours as if no content had loaded, restored afterwards."""
    monkeypatch.setattr(colours, "_given", {})
    monkeypatch.setattr(colours, "_places", {})


def _rubric(dimensions):
    from coach.content.rubric import Band, Dimension, Rubric

    return Rubric(
        id="r",
        language="en",
        title="R",
        dimensions={name: Dimension(weight=1, colour=colour) for name, colour in dimensions},
        bands=(Band(min=0, label="Any"),),
        checks=(),
    )


def test_bundled_dimensions_keep_their_colours(fresh_colours, bundled):
    colours.use_rubric_colours(bundled.rubrics.values())
    shown = {name: colours.dimension_colour(name).name() for name in ("empathy", "clarity")}
    shown |= {name: colours.dimension_colour(name).name() for name in ("tone", "resolution")}
    assert shown == {
        "empathy": "#e07b00",
        "clarity": "#2f7fd8",
        "tone": "#d6336c",
        "resolution": "#8a4fd8",
    }


def test_a_rubric_gives_a_dimension_its_colour_and_moves_no_other(fresh_colours):
    colours.use_rubric_colours(
        [
            _rubric([("empathy", None), ("clarity", None), ("tone", None)]),
            _rubric([("tone", "#112233"), ("speed", None), ("empathy", "#445566")]),
        ]
    )
    assert colours.dimension_colour("tone").name() == "#112233"
    assert colours.dimension_colour("empathy").name() == "#445566"  # the first given wins
    assert colours.dimension_colour("clarity").name() == "#2f7fd8"
    assert colours.dimension_colour("speed").name() == colours.PALETTE[3].name()
    # A name no rubric has (an attempt under an older rubric) takes the next place.
    assert colours.dimension_colour("legacy").name() == colours.PALETTE[4].name()
    assert colours.dimension_colour("legacy").name() == colours.PALETTE[4].name()


def test_past_the_palette_dimensions_share_the_fallback(fresh_colours):
    names = [f"d{i}" for i in range(len(colours.PALETTE) + 1)]
    colours.use_rubric_colours([_rubric([(name, None) for name in names])])
    assert colours.dimension_colour(names[-1]) == colours.FALLBACK
    assert len({colours.dimension_colour(n).name() for n in names[:-1]}) == len(colours.PALETTE)


def test_a_missing_opening_move_is_inserted_before_the_reply(qtbot, window):
    """Keyed on the rubric's `move` check with `position: start`, not on its id."""
    assert window.library_panel.select("api-params-vip-en")
    qtbot.waitUntil(lambda: window.session is not None and not window.loading_draft)
    reply = "Please send page_size=100 with the cursor; I will check the result today."
    window.editor.setPlainText(reply)
    qtbot.waitUntil(
        lambda: window.report is not None and window.editor.marks() != [], timeout=10000
    )
    findings = window.score_panel.shown_findings()
    row = next(i for i, f in enumerate(findings) if f.check_id == "greeting")
    window.score_panel.findings.setCurrentRow(row)
    cursor = window.editor.textCursor()
    cursor.setPosition(len(reply))  # on no mark: the selected finding's suggestion applies
    window.editor.setTextCursor(cursor)
    window.apply_suggestion_at_cursor()
    text = window.editor.toPlainText()
    assert text.endswith("\n\n" + reply)
    assert text.startswith("Hi Daniel")
