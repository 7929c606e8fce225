"""Applying a suggestion in the editor: a missing move's sentence lands where the core
placed it (after the greeting, before the closing), a replacement is fitted to its
sentence, and either is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from coach.gui.reply_editor import ReplyEditor
from coach.rephrase import Edit, plan_edit, suggest
from coach.scoring import score_reply
from coach.scoring.report import Finding, Suggestion

REPLIES = {
    "api-params-vip-en": (
        "Hi Daniel,\n\nThe requests fail because page_size is 500 and the limit is 200. "
        "Set page_size to 200.\n\nBest regards,\nMaria"
    ),
    "api-params-vip-ru": (
        "Здравствуйте, Даниил!\n\nЗапросы не проходят, потому что page_size равен 500, "
        "а предел — 200. Укажите page_size=200.\n\nС уважением,\nМария"
    ),
}


def _open(qtbot, window, scenario_id: str) -> None:
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == scenario_id
            and not window.loading_draft
        )
    )


@pytest.mark.parametrize("scenario_id", sorted(REPLIES))
def test_missing_acknowledgement_goes_after_the_greeting(qtbot, window, scenario_id):
    _open(qtbot, window, scenario_id)
    text = REPLIES[scenario_id]
    window.editor.setPlainText(text)
    window.rescore()
    findings = window.score_panel.shown_findings()
    row = next(i for i, f in enumerate(findings) if f.check_id == "acknowledge")
    window.score_panel.select_finding(row)
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)  # on the signature: no mark there
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)

    after = window.editor.toPlainText()
    greeting, body = text.split("\n\n", 1)
    assert after.startswith(greeting + "\n\n")
    assert after.endswith(body)
    inserted = after[len(greeting) + 2 : len(after) - len(body)]
    assert inserted.endswith(" ")
    assert not inserted.startswith(" ")
    assert inserted[:1].isupper()
    assert inserted.rstrip()[-1:] in ".!?"
    # The trainers' sentence, without a second "Hi Daniel," in the middle of the reply.
    scenario = window.session.scenario
    rubric = window.flow.rubric(scenario)
    report = score_reply(text, rubric, scenario)
    (item,) = [s for s in suggest(text, report, rubric, scenario) if s.finding == findings[row]]
    assert inserted.strip().lower() in item.suggestions[0].text.lower()
    window.editor.undo()
    assert window.editor.toPlainText() == text


def test_apply_edit_counts_code_points_not_utf16(qtbot):
    editor = ReplyEditor()
    qtbot.addWidget(editor)
    text = "Hi 👋 Sam, the limit is 200. Thanks for waiting."
    editor.setPlainText(text)
    start = text.index("Thanks")
    editor.apply_edit(Edit(start, start, "I've raised it for you. "))
    assert editor.toPlainText() == text[:start] + "I've raised it for you. " + text[start:]


def test_a_mark_applies_the_core_edit_for_its_suggestion(qtbot, library):
    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    editor = ReplyEditor()
    qtbot.addWidget(editor)
    text = "Hi Daniel, the limit is 200. Please read the docs!! Thanks."
    editor.setPlainText(text)
    start = text.index("!!")
    finding = Finding("shouting", "tone", "major", "shouting", start, start + 2, "!!")
    better = Suggestion("I can walk you through the change.", "trainer example: x")
    edit = plan_edit(text, finding, better, rubric, scenario)
    editor.set_marks(text, [(finding, (better,))], [(edit,)])
    (mark,) = editor.marks()
    editor.apply(mark, better)
    assert editor.toPlainText() == (
        "Hi Daniel, the limit is 200. I can walk you through the change. Thanks."
    )
    editor.undo()
    assert editor.toPlainText() == text
