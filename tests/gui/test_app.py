from coach.gui.app import PracticeWindow


def test_window_scores_what_the_trainee_types(qtbot, library):
    window = PracticeWindow(library)
    qtbot.addWidget(window)
    index = window._picker.findData("test-api-en")
    window._picker.setCurrentIndex(index)
    window.editor().setPlainText("You are doing everything wrong. Read the documentation.")
    qtbot.waitUntil(lambda: "blames the customer" in window.score_text(), timeout=2000)
    assert "Poor" in window.score_text()
