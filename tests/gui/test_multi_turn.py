"""Multi-turn scenarios: one clock per attempt, examples for the turn that was answered."""


def test_the_second_turn_shows_no_first_turn_examples(qtbot, window, bundled):
    scenario = bundled.scenarios["csv-import-branching-en"]
    assert window.library_panel.select(scenario.id)
    qtbot.waitUntil(lambda: not window.loading_draft)  # the draft is read off the UI thread
    window.editor.setPlainText(scenario.examples.good[0].text)
    window.submit()
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10_000)
    assert scenario.examples.good[1].text[:40] in window.results.examples.toPlainText()
    started = window.session.started
    window.results.continue_button.click()
    assert window.session.started == started  # the same countdown, not a new one
    assert window.timer_label.isVisible()
    qtbot.waitUntil(lambda: not window.loading_draft)
    window.editor.setPlainText("Existing contacts with the same e-mail are updated, not doubled.")
    window.submit()
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10_000)
    shown = window.results.examples.toPlainText()
    assert "The trainers wrote no example reply for this turn." in shown
    assert scenario.examples.good[0].text[:40] not in shown
