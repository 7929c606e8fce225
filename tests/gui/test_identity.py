"""One trainee, one history: the name is asked on the first start, attempts stored before
it move over to it, and the review dialog remembers the reviewer instead of the trainee."""

import pytest

from coach.gui.settings import Prefs
from coach.scoring import score_reply
from coach.store import HistoryFilter, NewAttempt, SqlStore


@pytest.fixture
def sql_store(tmp_path):
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    yield store
    store.close()


def _record(store, bundled, trainee, scenario_id="api-params-vip-en"):
    scenario = bundled.scenarios[scenario_id]
    rubric = bundled.rubrics[scenario.rubric]
    text = scenario.examples.good[0].text
    store.record_attempt(
        NewAttempt(
            trainee,
            scenario.id,
            scenario.content_hash,
            rubric.id,
            rubric.content_hash,
            0,
            text,
            score_reply(text, rubric, scenario),
        )
    )


def _window(qtbot, settings, store, bundled):
    from coach.gui.main_window import PracticeWindow

    window = PracticeWindow(settings, store=store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    return window


def test_the_first_start_asks_for_the_name(qtbot, unnamed_settings, store, bundled):
    window = _window(qtbot, unnamed_settings, store, bundled)
    assert not window.ask_name_if_needed()
    dialog = window.name_dialog
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText(" Ольга Смирнова ")
    dialog.ok_button.click()
    assert unnamed_settings.get(Prefs.trainee_name) == "Ольга Смирнова"
    assert window.trainee == "Ольга Смирнова"
    assert window.ask_name_if_needed()  # asked once


def test_attempts_before_the_name_move_over_to_it(qtbot, unnamed_settings, sql_store, bundled):
    _record(sql_store, bundled, "trainee")
    _record(sql_store, bundled, "trainee", "double-charge-en")
    _record(sql_store, bundled, "boris")
    window = _window(qtbot, unnamed_settings, None, bundled)
    window.ask_name_if_needed()
    window.name_dialog.name.setText("Anna")
    window.name_dialog.ok_button.click()
    # The database was still opening: the move waits for it.
    window.attach_store(sql_store)
    qtbot.waitUntil(lambda: "Anna" in sql_store.trainees(), timeout=10_000)
    assert sql_store.trainees() == ["Anna", "boris"]
    assert sql_store.count_attempts(HistoryFilter(trainee="Anna")) == 2
    model = window.library_panel.model
    best = model.index(model.row_of("double-charge-en"), model.columnCount() - 1)
    qtbot.waitUntil(lambda: best.data() != "", timeout=5000)
    assert "2 earlier attempts" in window.statusBar().currentMessage()


def test_a_team_server_keeps_the_placeholders_attempts_where_they_are(
    qtbot, unnamed_settings, sql_store, bundled, monkeypatch
):
    """On a shared server the placeholder's attempts may be anybody's."""
    _record(sql_store, bundled, "trainee")
    monkeypatch.setattr(SqlStore, "sqlite_path", property(lambda _self: None))
    window = _window(qtbot, unnamed_settings, sql_store, bundled)
    window.ask_name_if_needed()
    window.name_dialog.name.setText("Anna")
    window.name_dialog.ok_button.click()
    qtbot.wait(200)
    assert sql_store.trainees() == ["trainee"]


def test_the_review_dialog_remembers_the_reviewer(qtbot, settings, sql_store, bundled, reviewing):
    settings.set(Prefs.trainee_name, "Anna")
    _record(sql_store, bundled, "boris")
    window = _window(qtbot, settings, sql_store, bundled)

    def review(comment):
        window.trainer_access.show_window()
        qtbot.addWidget(window.trainer_window)
        history = window.trainer_window.history
        qtbot.waitUntil(lambda: not history.loading, timeout=10_000)
        history.table.selectRow(0)
        return reviewing.open(history)

    dialog = review("first")
    # Not the trainee's name: the practice window's user is not who reviews.
    assert dialog.reviewer.text() == ""
    dialog.reviewer.setText("Lead Trainer")
    dialog.comment.setPlainText("Good structure; name the parameters.")
    reviewing.save(dialog)
    assert settings.get(Prefs.reviewer_name) == "Lead Trainer"
    assert sql_store.reviews(dialog.attempt.id)[0].reviewer == "Lead Trainer"
    window.trainer_window.close()
    again = review("second")
    assert again.reviewer.text() == "Lead Trainer"
