"""The scenario workbench, driven as a trainer would: open a bundled scenario, break and
fix it, watch the selftest, try a reply, save a copy and find it in the library."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from coach.gui.dialogs import Dialogs
from coach.gui.settings import Prefs
from coach.gui.trainer.workbench_selftest import SelftestModel
from coach.paths import bundled_scenarios_dir, content_search_path
from coach.scoring import load_library, score_reply
from coach.store import SqlStore

BUNDLED = bundled_scenarios_dir() / "en" / "api-params-vip-en.yaml"
CHECKS_MS = 90_000  # the first selftest loads the sentence encoder


@pytest.fixture
def sql_store(tmp_path):
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    yield store
    store.close()


@pytest.fixture
def bench(qtbot, window, sql_store):
    """The workbench of a trainer window opened from the practice window."""
    window.store = sql_store
    window.trainer_access.show_window()
    trainer = window.trainer_window
    qtbot.addWidget(trainer)
    trainer.tabs.setCurrentWidget(trainer.workbench)
    return trainer.workbench


def settle(qtbot, bench):
    qtbot.waitUntil(lambda: not bench.checks.busy, timeout=CHECKS_MS)


def replace_in_editor(bench, old, new):
    """Edit the buffer as typing would: one change at the first `old`, undoable."""
    text = bench.editor.toPlainText()
    start = text.index(old)
    cursor = QTextCursor(bench.editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


def listed(bench):
    return [bench.problems.item(i).text() for i in range(bench.problems.count())]


def test_a_trainer_breaks_fixes_tries_and_saves_a_copy_of_a_bundled_scenario(
    qtbot, window, bench, settings, tmp_path
):
    assert bench.open_file(BUNDLED)
    assert bench.read_only
    assert not bench.save_button.isEnabled()
    assert "read-only" in bench.file_label.text()
    settle(qtbot, bench)
    assert bench.last_check.errors == []
    assert bench.last_result.passed

    replace_in_editor(bench, "\npersona:", "\npersnoa:")
    line = bench.editor.toPlainText().split("\n").index("persnoa:") + 1
    settle(qtbot, bench)
    message = "unknown key 'persnoa' (did you mean 'persona'?)"
    assert f"✖ {line}:1: {message}" in listed(bench)
    assert (line, 1, "persnoa:", message) in bench.editor.underlined()
    assert bench.selftest_label.text() == "Selftest runs once the errors are fixed."
    assert bench.selftest_model.rowCount() == 0  # no stale verdicts beside a broken file
    assert bench.scenario_box.currentData() == str(BUNDLED)

    replace_in_editor(bench, "\npersnoa:", "\npersona:")
    settle(qtbot, bench)
    assert not any(item.startswith("✖") for item in listed(bench))
    assert bench.editor.underlined() == [
        (w.line, w.column, *_underlined_and_message(bench, w)) for w in bench.last_check.warnings
    ]
    assert bench.selftest_label.text().startswith("passed: margin ")
    model = bench.selftest_model
    results = [model.index(row, SelftestModel.RESULT).data() for row in range(model.rowCount())]
    assert results == ["pass"] * len(bench.last_result.examples)
    assert results

    scenario = bench.try_scenario
    reply = scenario.examples.good[0].text
    bench.reply.setPlainText(reply)
    settle(qtbot, bench)
    expected = score_reply(reply, bench.try_library.rubrics[scenario.rubric], scenario)
    assert bench.score_panel.overall.text() == f"{expected.overall:.0f}"
    assert bench.score_panel.findings.count() == len(expected.findings) > 0

    folder = tmp_path / "my-content"
    folder.mkdir()
    Dialogs.answers.append(folder)  # no content folder yet: the workbench asks for one
    with qtbot.waitSignal(window.library_reloaded, timeout=CHECKS_MS):
        bench.copy_button.click()
    saved = folder / "api-params-vip-en-copy.yaml"
    assert bench.path == saved
    assert not bench.read_only
    assert bench.save_button.isEnabled()
    assert settings.get(Prefs.content_folders) == str(folder)
    original = BUNDLED.read_text(encoding="utf-8")
    # The text as typed: the bundled file's comments and layout, a new id and title only.
    assert saved.read_text(encoding="utf-8") == bench.editor.toPlainText()
    assert saved.read_text(encoding="utf-8").replace(
        "id: api-params-vip-en-copy", "id: api-params-vip-en"
    ).replace(' (copy)"', '"') == _quoted_title(original)
    assert window.library_panel.model.row_of("api-params-vip-en-copy") >= 0
    library = load_library(content_search_path([folder]))
    assert "api-params-vip-en-copy" in library.scenarios
    assert not [i for i in library.issues if i.path == saved]
    settle(qtbot, bench)
    assert bench.last_check.errors == []


def _underlined_and_message(bench, issue):
    cursor = bench.editor.span_of(issue.line, issue.column)
    return cursor.selectedText(), issue.message


def _quoted_title(text):
    # Save a copy writes the title it extends as a double-quoted scalar.
    line = next(x for x in text.split("\n") if x.startswith("title: "))
    title = line.removeprefix("title: ").strip("'\"")
    return text.replace(line, f'title: "{title}"')


def test_a_new_russian_scenario_is_saved_under_its_id_in_the_content_folder(
    qtbot, bench, settings, tmp_path
):
    folder = tmp_path / "content"
    folder.mkdir()
    settings.set(Prefs.content_folders, str(folder))
    bench.checks.set_folders([folder])
    bench.new_scenario("ru")
    assert bench.path is None
    assert bench.save_button.isEnabled()
    settle(qtbot, bench)
    assert bench.last_check.errors == []
    assert bench.last_result.passed
    replace_in_editor(bench, "id: new-scenario-ru", "id: limit-ru")
    assert bench.save()
    assert bench.path == folder / "limit-ru.yaml"
    assert bench.path.read_text(encoding="utf-8").startswith("# Новый сценарий.")
    assert Dialogs.shown == []  # the folder was known: nothing asked
    settle(qtbot, bench)
    assert bench.last_check.errors == []
    # A second new scenario with the same id is refused, the file untouched.
    before = bench.path.read_text(encoding="utf-8")
    bench.new_scenario("ru")
    replace_in_editor(bench, "id: new-scenario-ru", "id: limit-ru")
    assert not bench.save()
    assert Dialogs.shown[-1][1].endswith(
        "already exists: change the scenario's id, or open that file to edit it."
    )
    assert (folder / "limit-ru.yaml").read_text(encoding="utf-8") == before
    settle(qtbot, bench)


def test_an_indentation_slip_is_listed_with_the_plain_advice_at_its_line(qtbot, bench):
    bench.open_file(BUNDLED)
    settle(qtbot, bench)
    replace_in_editor(bench, "  mood:", "   mood:")
    line = (
        bench.editor.toPlainText()
        .split("\n")
        .index(next(x for x in bench.editor.toPlainText().split("\n") if x.startswith("   mood:")))
        + 1
    )
    settle(qtbot, bench)
    (item,) = [x for x in listed(bench) if x.startswith("✖")]
    assert item.startswith(f"✖ {line}:4: indentation: this line is indented more than the key")
    assert bench.last_result is None or bench.selftest_label.text().startswith("Selftest runs")
    # Opening another file with unsaved changes asks first; No keeps the buffer.
    Dialogs.answers.append(False)
    assert not bench.open_file(BUNDLED)
    assert "   mood:" in bench.editor.toPlainText()


def test_the_selftest_model_is_a_sound_table(qtmodeltester, qtbot, bench):
    bench.open_file(BUNDLED)
    settle(qtbot, bench)
    assert bench.selftest_model.rowCount() == len(bench.last_result.examples) > 0
    qtmodeltester.check(bench.selftest_model)


RESTORE_QUESTION = (
    "This scenario has changes that were not saved when the workbench last closed. Restore them?"
)
DISCARD_QUESTION = "Discard your unsaved changes to this scenario?"


def reopen_trainer_window(qtbot, window):
    window.trainer_access.show_window()
    qtbot.addWidget(window.trainer_window)
    return window.trainer_window.workbench


def test_unsaved_text_outlives_the_window_and_is_offered_back(qtbot, window, bench, tmp_path):
    bench.open_file(BUNDLED)
    settle(qtbot, bench)
    replace_in_editor(bench, "  mood:", "  # a note\n  mood:")
    edited = bench.editor.toPlainText()
    # Closed by the app (not by the trainer): no question, the draft is kept.
    bench.window().close()
    assert Dialogs.shown == []
    assert bench.drafts.load(BUNDLED) == edited
    again = reopen_trainer_window(qtbot, window)
    Dialogs.answers.append(True)
    assert again.open_file(BUNDLED)
    assert Dialogs.shown[-1][0] == RESTORE_QUESTION
    assert again.editor.toPlainText() == edited
    assert again.modified
    # Restored as one edit over the file's text: undo gives the file back.
    again.editor.undo()
    assert again.editor.toPlainText() == BUNDLED.read_text(encoding="utf-8")
    again.editor.redo()
    settle(qtbot, again)
    # Saved (here as a copy): nothing is left to restore for either file.
    folder = tmp_path / "content"
    Dialogs.answers.append(folder)
    assert again.save_copy()
    assert again.drafts.load(BUNDLED) is None
    assert again.drafts.load(again.path) is None
    settle(qtbot, again)


def test_a_declined_draft_is_dropped_and_an_unchanged_one_never_asked(qtbot, bench):
    bench.drafts.save(BUNDLED, "id: something-else\n")
    Dialogs.answers.append(False)
    assert bench.open_file(BUNDLED)
    assert Dialogs.shown[-1][0] == RESTORE_QUESTION
    assert bench.editor.toPlainText() == BUNDLED.read_text(encoding="utf-8")
    assert not bench.modified
    assert bench.drafts.load(BUNDLED) is None
    settle(qtbot, bench)
    # A draft equal to the file (typed and undone in a session that crashed) is no news.
    bench.drafts.save(BUNDLED, BUNDLED.read_text(encoding="utf-8"))
    shown = len(Dialogs.shown)
    assert bench.open_file(BUNDLED)
    assert len(Dialogs.shown) == shown
    assert bench.drafts.load(BUNDLED) is None
    settle(qtbot, bench)


def test_typing_keeps_a_draft_after_a_pause_and_undoing_drops_it(qtbot, bench):
    bench.open_file(BUNDLED)
    settle(qtbot, bench)
    replace_in_editor(bench, "  mood:", "  # a note\n  mood:")
    assert bench.draft_timer.isActive()
    qtbot.waitUntil(lambda: bench.drafts.load(BUNDLED) is not None, timeout=5000)
    assert bench.drafts.load(BUNDLED) == bench.editor.toPlainText()
    bench.editor.undo()
    assert not bench.modified
    bench.keep_draft()
    assert bench.drafts.load(BUNDLED) is None
    settle(qtbot, bench)


def test_quit_with_unsaved_changes_asks_the_discard_question(qtbot, bench):
    trainer = bench.window()
    bench.open_file(BUNDLED)
    settle(qtbot, bench)
    replace_in_editor(bench, "  mood:", "  # a note\n  mood:")
    Dialogs.answers.append(False)
    with qtbot.assertNotEmitted(trainer.quit_requested):
        trainer.quit_action.trigger()
    assert Dialogs.shown[-1][0] == DISCARD_QUESTION
    assert bench.drafts.load(BUNDLED) == bench.editor.toPlainText()  # No keeps everything
    Dialogs.answers.append(True)
    with qtbot.waitSignal(trainer.quit_requested, timeout=5000):
        trainer.quit_action.trigger()
    # Discarded: no draft, and closing the windows after it asks nothing more.
    assert bench.drafts.load(BUNDLED) is None
    shown = len(Dialogs.shown)
    assert not trainer.isVisible()
    assert len(Dialogs.shown) == shown
    assert bench.drafts.load(BUNDLED) is None


def test_an_unsaved_new_scenario_is_offered_back_when_the_workbench_opens(qtbot, window, bench):
    assert bench.path is None  # the tab opened on a new scenario from the template
    settle(qtbot, bench)
    replace_in_editor(bench, "title: ", "title: Limits — ")
    edited = bench.editor.toPlainText()
    bench.window().close()
    window.trainer_access.show_window()
    trainer = window.trainer_window
    qtbot.addWidget(trainer)
    Dialogs.answers.append(True)
    trainer.tabs.setCurrentWidget(trainer.workbench)
    assert Dialogs.shown[-1][0] == RESTORE_QUESTION
    assert trainer.workbench.path is None
    assert trainer.workbench.editor.toPlainText() == edited
    settle(qtbot, trainer.workbench)


# ---------------------------------------------------------------------- trying a reply

BRANCHING = bundled_scenarios_dir() / "en" / "csv-import-branching-en.yaml"


def _finding_messages(panel):
    return [panel.findings.item(i).text() for i in range(panel.findings.count())]


def test_the_try_pane_gives_the_practice_windows_feedback_on_a_bad_reply(qtbot, window, bench):
    assert bench.open_file(BUNDLED)
    settle(qtbot, bench)
    scenario = bench.try_scenario
    bad = scenario.examples.bad[0].text
    bench.reply.setPlainText(bad)
    settle(qtbot, bench)

    # The same judgement the trainee would see in the practice window for that reply.
    window.library_panel.select(scenario.id)
    qtbot.waitUntil(lambda: not window.loading_draft, timeout=10_000)
    window.editor.setPlainText(bad)
    window.rescore(check_spelling=False)
    assert bench.score_panel.overall.text() == window.score_panel.overall.text()
    assert _finding_messages(bench.score_panel) == _finding_messages(window.score_panel)
    assert any(not f.is_positive for f in bench.feedback.report.findings)
    # Sentence highlights in the editor, with suggestions to apply.
    marks = bench.reply.marks()
    assert [(m.start, m.end, m.finding) for m in marks] == [
        (m.start, m.end, m.finding) for m in window.editor.marks()
    ]
    assert any(m.suggestions for m in marks)
    # The suggested rewrite, offered and applicable.
    assert bench.feedback.rewrite_text
    assert bench.score_panel.rewrite_view.isVisibleTo(bench)
    assert bench.score_panel.rewrite_button.isEnabled()
    assert "instead of" in bench.score_panel.rewrite_view.toPlainText()
    bench.score_panel.rewrite_button.click()
    assert bench.reply.toPlainText() == bench.feedback.rewrite_text
    settle(qtbot, bench)
    assert float(bench.score_panel.overall.text()) > float(window.score_panel.overall.text())


def test_a_finding_chosen_in_the_try_pane_selects_its_span(qtbot, bench):
    assert bench.open_file(BUNDLED)
    settle(qtbot, bench)
    bench.reply.setPlainText(bench.try_scenario.examples.bad[0].text)
    settle(qtbot, bench)
    marked = bench.reply.marks()[0]
    row = bench.score_panel.shown_findings().index(marked.finding)
    bench.score_panel.select_finding(row)
    cursor = bench.reply.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (marked.start, marked.end)


def test_the_turn_picker_switches_the_customer_message_and_the_turn(qtbot, bench):
    assert bench.open_file(BRANCHING)
    settle(qtbot, bench)
    scenario = bench.try_scenario
    first, second = scenario.turns
    box = bench.turn_box
    assert box.isVisibleTo(bench)
    assert [box.itemText(i) for i in range(box.count())] == [
        "Turn 1",
        "Turn 2, variant 1 of 2",
        "Turn 2, variant 2 of 2",
    ]
    assert bench.customer_message.text() == f"Customer: {first.message.strip()}"
    assert bench.try_turn == 0

    bench.reply.setPlainText("Thanks Linda, I will check the import for you right away.")
    box.setCurrentIndex(2)
    follow_up = second.branches[1].message.strip()
    assert bench.customer_message.text() == f"Customer: {follow_up}"
    assert bench.try_turn == 1
    settle(qtbot, bench)
    expected = score_reply(
        bench.reply.toPlainText(), bench.try_library.rubrics[scenario.rubric], scenario
    )
    assert bench.score_panel.overall.text() == f"{expected.overall:.0f}"

    # Editing the scenario keeps the trainer's turn.
    replace_in_editor(bench, "title: ", "title: Edited ")
    settle(qtbot, bench)
    assert bench.try_scenario is not scenario
    assert box.currentIndex() == 2
    assert bench.try_turn == 1
    assert bench.customer_message.text() == f"Customer: {follow_up}"

    box.setCurrentIndex(0)
    assert bench.try_turn == 0
    assert bench.customer_message.text() == f"Customer: {first.message.strip()}"


def test_a_single_turn_scenario_has_no_turn_picker(qtbot, bench):
    assert bench.open_file(BUNDLED)
    settle(qtbot, bench)
    assert not bench.turn_box.isVisibleTo(bench)
    assert bench.try_turn == 0


def test_a_reply_to_a_scenario_that_never_loaded_asks_to_fix_the_errors(qtbot, bench):
    assert bench.open_file(BUNDLED)
    # Broken before its first check lands: there is no version to score against.
    replace_in_editor(bench, "\npersona:", "\npersnoa:")
    bench.reply.setPlainText("You are doing everything wrong.")
    settle(qtbot, bench)
    assert bench.try_scenario is None
    assert bench.try_note.text() == "Fix the errors to try a reply."
    assert bench.score_panel.overall.text() == "–"
    assert bench.reply.marks() == []

    replace_in_editor(bench, "\npersnoa:", "\npersona:")
    settle(qtbot, bench)
    assert bench.try_note.text() == ""
    assert bench.score_panel.overall.text() != "–"
    assert bench.reply.marks()


def test_a_reply_is_scored_against_the_last_version_without_errors(qtbot, bench):
    assert bench.open_file(BUNDLED)
    settle(qtbot, bench)
    scenario = bench.try_scenario
    replace_in_editor(bench, "\npersona:", "\npersnoa:")
    settle(qtbot, bench)
    assert bench.try_note.text() == "Scored against the last version without errors."
    reply = "Hi Daniel, you are doing everything wrong. Study the documentation."
    bench.reply.setPlainText(reply)
    settle(qtbot, bench)
    assert bench.try_scenario is scenario
    expected = score_reply(reply, bench.try_library.rubrics[scenario.rubric], scenario)
    assert bench.score_panel.overall.text() == f"{expected.overall:.0f}"
    assert bench.reply.marks()
    assert bench.selftest_label.text() == "Selftest runs once the errors are fixed."


def test_a_judging_bug_is_logged_and_said_under_the_try_pane(qtbot, bench, monkeypatch, caplog):
    from coach.gui import live_feedback

    assert bench.open_file(BUNDLED)
    settle(qtbot, bench)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in judging")

    monkeypatch.setattr(live_feedback, "judge_for_display", broken)
    bench.reply.setPlainText("Hello Daniel.")
    settle(qtbot, bench)
    assert bench.try_note.text() == "Judging the reply failed unexpectedly; see the log."
    assert "judging the tried reply failed" in caplog.text
    assert bench.editor.toPlainText()  # the scenario is untouched
