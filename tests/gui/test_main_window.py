"""The trainee's flow, driven as a trainee would, asserting on what the window shows and
what the store holds."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from coach.gui.library_model import COLUMNS

BLAME = "You are doing everything wrong. Here is the documentation, study it and try again."


def open_scenario(qtbot, window, scenario_id):
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == scenario_id
            and not window.loading_draft
        )
    )


def type_reply(qtbot, window, text):
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, text)
    # The first pass of a session waits for the sentence encoder to load.
    qtbot.waitUntil(
        lambda: window.report is not None and window.editor.marks() != [], timeout=15000
    )


def wait_for_the_save(qtbot, window):
    """A submit is stored (or kept on disk) on a worker thread; the results follow."""
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10000)


def mark_texts(window):
    result = {}
    for mark in window.editor.marks():
        cursor = QTextCursor(window.editor.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        result.setdefault(mark.finding.check_id, []).append(cursor.selectedText())
    return result


def test_blame_reply_is_flagged_on_the_right_words(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    assert "Daniel Reyes" in window.conversation.toPlainText()
    type_reply(qtbot, window, BLAME)
    marks = mark_texts(window)
    assert marks["blame"] == ["You are doing everything wrong", "study it"]
    assert window.report.dimensions["tone"] < 30
    assert window.report.dimensions["empathy"] < 30
    shown = [
        window.score_panel.findings.item(i).text()
        for i in range(window.score_panel.findings.count())
    ]
    assert any("blames the customer" in line for line in shown)
    assert window.score_panel.overall.text() == f"{window.report.overall:.0f}"


def test_highlights_land_right_after_emoji(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    window.editor.setPlainText("Hi 👋🏽 Daniel 🙂, you are doing everything wrong.")
    window.rescore()
    assert mark_texts(window)["blame"] == ["you are doing everything wrong"]


def test_apply_suggestion_is_undoable(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    type_reply(qtbot, window, BLAME)
    blame = next(m for m in window.editor.marks() if m.finding.check_id == "blame")
    cursor = window.editor.textCursor()
    cursor.setPosition(blame.start + 2)
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText().startswith("I see a way to optimise your approach.")
    window.editor.undo()
    assert window.editor.toPlainText() == BLAME


def test_use_rewrite_then_submit_records_and_shows_examples(qtbot, window, store):
    open_scenario(qtbot, window, "api-params-vip-en")
    type_reply(qtbot, window, BLAME)
    before = window.report.overall
    window.actions_by_id[
        __import__("coach.gui.actions", fromlist=["ActionId"]).ActionId.USE_REWRITE
    ].trigger()
    qtbot.waitUntil(lambda: window.editor.toPlainText().startswith("Hi Daniel"))
    window.rescore()
    assert window.report.overall >= before + 25
    window.editor.undo()
    assert window.editor.toPlainText() == BLAME
    window.editor.redo()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_the_save(qtbot, window)
    assert window.stack.currentWidget() is window.results
    (attempt,) = store.attempts
    assert attempt.scenario_id == "api-params-vip-en"
    assert attempt.reply_text.startswith("Hi Daniel")
    assert attempt.time_to_first_key_ms is not None
    assert attempt.time_to_submit_ms >= attempt.time_to_first_key_ms
    examples = window.results.examples.toPlainText()
    assert "How trainers answered" in examples
    assert "I see a way to optimise your approach" in examples
    assert (
        window.library_panel.model.data(
            window.library_panel.model.index(
                window.library_panel.model.row_of("api-params-vip-en"), COLUMNS.index("best")
            )
        )
        == f"{attempt.report.overall:.0f}"
    )


def test_multi_turn_branches_on_the_reply(qtbot, window, bundled):
    scenario = bundled.scenarios["csv-import-branching-en"]
    escalate, follow_up = scenario.turns[1].branches[0], scenario.turns[1].branches[-1]
    open_scenario(qtbot, window, scenario.id)
    type_reply(qtbot, window, scenario.examples.bad[0].text)
    window.submit()
    wait_for_the_save(qtbot, window)
    assert escalate.message[:40] in window.results.next_turn.text().replace("&#x27;", "'")
    window.try_again()
    qtbot.waitUntil(lambda: not window.loading_draft)  # read off the UI thread
    window.editor.setPlainText(scenario.examples.good[0].text)
    window.submit()
    wait_for_the_save(qtbot, window)
    assert window.results.continue_button.isVisible()
    window.results.continue_button.click()
    assert window.session.turn == 1
    assert follow_up.message[:30] in window.conversation.toPlainText()
    assert window.stack.currentIndex() == 0


def test_empty_submit_is_refused_with_a_message(qtbot, window, store):
    from coach.gui.dialogs import Dialogs

    open_scenario(qtbot, window, "api-params-vip-en")
    window.submit()
    assert store.attempts == []
    assert Dialogs.shown[-1][1] == "Write a reply before submitting."


def test_draft_is_restored_when_the_scenario_is_reopened(qtbot, window, store):
    open_scenario(qtbot, window, "api-params-vip-en")
    window.editor.setPlainText("Hi Daniel, half a thought")
    qtbot.waitUntil(lambda: bool(store.drafts), timeout=3000)
    open_scenario(qtbot, window, "mass-outage-en")
    assert window.editor.toPlainText() == ""
    open_scenario(qtbot, window, "api-params-vip-en")  # waits for the draft's read
    assert window.editor.toPlainText() == "Hi Daniel, half a thought"


def test_timed_scenario_shows_a_countdown(qtbot, window, bundled):
    timed = [s for s in bundled.scenarios.values() if s.time_limit_minutes]
    assert timed, "the curriculum has a timed scenario"
    open_scenario(qtbot, window, timed[0].id)
    assert window.timer_label.isVisible()
    assert window.timer_label.text().startswith("Time left:")


def test_library_filters_and_search(qtbot, window):
    panel = window.library_panel
    total = panel.proxy.rowCount()
    panel.facet_boxes["language"].setCurrentIndex(panel.facet_boxes["language"].findData("ru"))
    assert 0 < panel.proxy.rowCount() < total
    panel.search.setText("VIP")
    assert 0 < panel.proxy.rowCount() < total / 2
    panel.facet_boxes["language"].setCurrentIndex(0)
    panel.search.clear()
    assert panel.proxy.rowCount() == total


def test_broken_scenario_file_appears_in_the_problems_list(qtbot, settings, store, tmp_path):
    from coach.gui.main_window import PracticeWindow
    from coach.paths import bundled_rubrics_dir
    from coach.scoring import load_library

    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: [oops\n")
    library = load_library([bundled_rubrics_dir(), tmp_path])
    win = PracticeWindow(settings, store=store)
    qtbot.addWidget(win)
    win.load_content(library)
    assert win.library_panel.problems.count() == 1
    assert win.library_panel.problems.item(0).text().startswith(f"{tmp_path / 'broken.yaml'}:3:1:")


def test_geometry_and_last_scenario_are_remembered(qtbot, settings, store, bundled):
    from coach.gui.main_window import PracticeWindow
    from coach.gui.settings import State

    first = PracticeWindow(settings, store=store)
    qtbot.addWidget(first)
    first.load_content(bundled)
    first.library_panel.select("double-charge-en")
    first.close()
    assert settings.get(State.last_scenario) == "double-charge-en"
    assert not settings.get(State.geometry).isEmpty()
    second = PracticeWindow(settings, store=store)
    qtbot.addWidget(second)
    second.load_content(bundled)
    assert second.session.scenario.id == "double-charge-en"


def test_widgets_have_accessible_names(window):
    for widget in (
        window.editor,
        window.library_panel.search,
        window.library_panel.table,
        window.score_panel.findings,
        window.score_panel.overall,
    ):
        assert widget.accessibleName()


def test_scenario_model_passes_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.library_panel.model)
    qtmodeltester.check(window.library_panel.proxy)


def test_selecting_a_finding_selects_its_span(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    type_reply(qtbot, window, BLAME)
    shown = window.score_panel.shown_findings()
    row = next(i for i, f in enumerate(shown) if f.check_id == "blame")
    window.score_panel.select_finding(row)
    assert window.editor.textCursor().selectedText() == "You are doing everything wrong"


def test_languagetool_results_merge_in_from_a_worker(qtbot, settings, store, bundled):
    from coach.gui.main_window import PracticeWindow
    from coach.text.spelling.base import SpellIssue, SpellReport

    class SlowServer:
        name = "languagetool"

        def __init__(self):
            self.requests = []

        def check(self, request):
            self.requests.append(request.text)
            start = request.text.index("teh")
            return SpellReport(
                "languagetool",
                (SpellIssue(start, start + 3, "spelling", "Typo: teh", ("the",), "MORFOLOGIK"),),
            )

    server = SlowServer()
    win = PracticeWindow(settings, store=store, checker=server)
    qtbot.addWidget(win)
    win.load_content(bundled)
    win.library_panel.select("api-params-vip-en")
    win.editor.setPlainText("Hi Daniel, teh export fails because page_size is 500.")
    win.rescore()
    qtbot.waitUntil(lambda: win.report.spelling_backend == "languagetool", timeout=5000)
    spelling = [f for f in win.report.findings if f.check_id == "spelling"]
    assert [f.quote for f in spelling] == ["teh"]
    assert server.requests[-1] == win.editor.toPlainText()


def test_settings_dialog_saves_preferences(qtbot, window, settings):
    from coach.gui.settings import Prefs
    from coach.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.lt_status.text() == "Spelling: offline checker"
    dialog.trainee.setText("Anna")
    dialog.lt_url.setText("http://127.0.0.1:9")
    dialog._on_save()
    assert settings.get(Prefs.trainee_name) == "Anna"
    assert settings.get(Prefs.languagetool_url) == "http://127.0.0.1:9"
    dialog.lt_url.setText("")
    dialog._on_test()
    assert dialog.lt_status.text() == "Spelling: offline checker"


def test_settings_dialog_takes_no_name_longer_than_the_store_keeps(qtbot, window, settings):
    from coach.gui.settings import Prefs
    from coach.gui.settings_dialog import SettingsDialog
    from coach.store.limits import NAME_LENGTH

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.trainee.setText("Я" * (NAME_LENGTH + 20))  # typed or pasted: cut at the limit
    dialog._on_save()
    assert settings.get(Prefs.trainee_name) == "Я" * NAME_LENGTH


def test_test_connection_reports_an_unreachable_server(qtbot, window, settings):
    from coach.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.lt_url.setText("http://127.0.0.1:9")
    dialog._on_test()
    qtbot.waitUntil(lambda: dialog.lt_status.text().startswith("offline checker"), timeout=15000)
