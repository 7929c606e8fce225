"""The judgement runs off the UI thread, coalesces passes, and refreshes while the trainee
types on."""

import threading

from PySide6.QtCore import QObject

from coach.gui.live_scoring import PAUSE_MS, LatestOnly


def open_scenario(qtbot, window, scenario_id):
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == scenario_id
            and not window.loading_draft
        )
    )


BLAME = "Hi Daniel, you are doing everything wrong. Study the documentation."


def test_typing_is_judged_on_the_scoring_thread(qtbot, window, monkeypatch):
    import coach.gui.live_scoring as live

    threads = []
    real = live.score_reply

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(live, "score_reply", spy)
    open_scenario(qtbot, window, "api-params-vip-en")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, BLAME)
    qtbot.waitUntil(lambda: window.feedback.report_text == BLAME, timeout=5000)
    assert threads
    assert not any(threads)
    assert window.score_panel.overall.text() == f"{window.report.overall:.0f}"
    assert window.editor.marks() != []


def test_a_pass_asked_for_while_one_runs_waits_and_only_the_newest_runs(qtbot):
    owner = QObject()
    runner = LatestOnly(owner)
    gate = threading.Event()
    ran, shown = [], []

    def job(n):
        def run():
            if n == 0:
                gate.wait(5)
            ran.append(n)
            return n

        return run

    for n in range(5):
        runner.submit(job(n), shown.append)
    assert runner.busy
    gate.set()
    qtbot.waitUntil(lambda: shown == [0, 4], timeout=5000)
    assert ran == [0, 4]
    assert not runner.busy


def test_continuous_typing_still_refreshes(qtbot, window):
    """The pause timer restarts with every keystroke; the refresh timer does not, so a
    judgement arrives at least every REFRESH_MS plus one pass while typing goes on."""
    open_scenario(qtbot, window, "api-params-vip-en")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "H")
    assert window.refresh_timer.isActive()
    first = window.refresh_timer.remainingTime()
    # Well inside the pause: once the pause timer fires, the pass stops both timers and the
    # next keystroke starts the refresh timer afresh (a loaded CI machine overslept 85 ms).
    qtbot.wait(PAUSE_MS // 3)
    qtbot.keyClicks(window.editor, "i")
    assert window.refresh_timer.remainingTime() < first
    qtbot.waitUntil(lambda: window.feedback.report_text.startswith("H"), timeout=5000)


def test_a_result_for_a_closed_scenario_is_not_drawn(qtbot, window):
    open_scenario(qtbot, window, "api-params-vip-en")
    window.editor.setPlainText(BLAME)
    window.request_score()
    open_scenario(qtbot, window, "angry-vip-manager-en")
    qtbot.waitUntil(lambda: not window.feedback._scoring.busy, timeout=5000)
    assert window.editor.toPlainText() != BLAME
    assert window.feedback.report_text != BLAME
