"""The score panel's empty states: nothing for an empty reply, a word when no rewrite helps."""

from coach.rephrase.diff import DiffOp


def test_an_empty_reply_shows_no_score(qtbot, window):
    assert window.library_panel.select("api-params-vip-en")
    qtbot.waitUntil(lambda: window.report is not None, timeout=30000)
    panel = window.score_panel
    assert panel.overall.text() == "–"
    assert panel.band.text() == "Start typing: your scores appear here."
    assert panel.findings.count() == 0
    assert not any(bar.isVisible() for bar in panel.bars.values())
    window.editor.setPlainText("Hi Daniel, you are doing everything wrong.")
    window.rescore()
    assert panel.overall.text() == f"{window.report.overall:.0f}"
    assert panel.findings.count() > 0
    assert all(bar.isVisible() for bar in panel.bars.values())
    window.editor.setPlainText("")
    window.rescore()
    assert panel.overall.text() == "–"
    assert panel.findings.count() == 0


def test_a_top_reply_says_there_is_nothing_to_improve(qtbot):
    from coach.gui.score_panel import ScorePanel

    panel = ScorePanel()
    qtbot.addWidget(panel)
    same = [DiffOp("equal", "Hi Daniel, thanks for the request.")]
    panel.show_rewrite(same, 100, 100)
    assert panel.rewrite_view.toPlainText() == "Nothing to improve: the reply already scores 100."
    assert not panel.rewrite_button.isEnabled()
    panel.show_rewrite(same, 71, 64)
    assert panel.rewrite_view.toPlainText() == "No better rewrite to suggest yet."
    panel.show_rewrite([DiffOp("insert", "I understand.")], 40, 80)
    assert panel.rewrite_button.isEnabled()
    assert "Scores 80 instead of 40" in panel.rewrite_view.toPlainText()


def test_a_capped_reply_says_which_sentence_holds_its_score_down(qtbot, window):
    assert window.library_panel.select("api-params-vip-en")
    qtbot.waitUntil(lambda: window.report is not None, timeout=30000)
    panel = window.score_panel
    scenario = window.session.scenario
    good = scenario.examples.good[0].text
    window.editor.setPlainText(good)
    window.rescore()
    assert not window.report.capped_by
    assert panel.held.isHidden()
    window.editor.setPlainText(good + "\nAnyone who read the docs would have spotted this.")
    window.rescore()
    assert window.report.capped_by
    assert not panel.held.isHidden()
    assert "“Anyone who read the docs would have spotted this.” holds the overall down" in (
        panel.held.text()
    )


def test_the_note_on_what_holds_the_score_speaks_the_reply_language():
    from coach.gui.score_panel import held_by
    from coach.scoring.evaluate import RatedReply
    from coach.scoring.rated import score_rated

    text = "Здравствуйте, Дмитрий! Надо было внимательнее читать документацию."
    report = score_rated(RatedReply("x", text, "ru", 1, "api-params-vip-ru", "api-params-vip-ru"))
    assert report.capped_by
    assert held_by(report) == (
        "«Надо было внимательнее читать документацию.» удерживает общий балл: одна такая "
        "фраза перевешивает весь остальной ответ."
    )
