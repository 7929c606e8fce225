"""Submits and draft saves: never "saved" unless stored, nothing lost, the window never
freezes, even while another program holds the database's write lock."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer

from coach.gui.dialogs import Dialogs
from coach.store import SqlStore, StoreError, flush_pending, park_attempt, pending_files
from coach.store.locations import default_pending_dir

SCENARIO = "api-params-vip-en"
REPLY = "Hi Daniel, I see a way to optimise your approach. Let's adjust page_size together."


def make_window(qtbot, settings, store, bundled):
    from coach.gui.main_window import PracticeWindow

    window = PracticeWindow(settings, store=store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    assert window.library_panel.select(SCENARIO)
    qtbot.waitUntil(
        lambda: (
            window.session is not None
            and window.session.scenario.id == SCENARIO
            and not window.loading_draft
        )
    )
    return window


SAVING = "Saving your attempt…"


def status(window) -> str:
    return window.statusBar().currentMessage()


def wait_for_the_outcome(qtbot, window, timeout=10000):
    """Until the status bar says what became of the submit."""
    qtbot.waitUntil(lambda: status(window) != SAVING, timeout=timeout)


def parked_replies() -> list[str]:
    return [
        json.loads(p.read_text("utf-8"))["attempt"]["reply_text"]
        for p in pending_files(default_pending_dir())
    ]


class Ticks:
    """Counts a 20 ms timer: if the UI thread is blocked, it does not tick."""

    def __init__(self, window):
        self.count = 0
        self.timer = QTimer(window, interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.count += 1


@pytest.fixture
def make_attempt(bundled):
    from coach.scoring import score_reply
    from coach.store import NewAttempt

    scenario = bundled.scenarios[SCENARIO]
    rubric = bundled.rubrics[scenario.rubric]

    def make(trainee="trainee", text=REPLY):
        report = score_reply(text, rubric, scenario)
        return NewAttempt(
            trainee,
            scenario.id,
            scenario.content_hash,
            rubric.id,
            rubric.content_hash,
            0,
            text,
            report,
        )

    return make


@pytest.fixture
def sql_store(tmp_path):
    path = tmp_path / "history.sqlite3"
    with SqlStore(str(path), busy_wait=1.5) as opened:
        yield opened, path


# ---------------------------------------------------------------- item 2: never a false "saved"


def test_a_submit_before_the_store_opens_is_parked_not_called_saved(qtbot, settings, bundled):
    window = make_window(qtbot, settings, None, bundled)
    window.editor.setPlainText(REPLY)
    window.submit()
    wait_for_the_outcome(qtbot, window)
    assert "Attempt saved" not in status(window)
    assert "kept on this computer" in status(window)
    assert "not open yet" in status(window)
    assert parked_replies() == [REPLY]
    assert window.stack.currentWidget() is window.results  # safe on disk: go on


def test_a_submit_after_the_store_failed_to_open_says_why_it_is_parked(qtbot, settings, bundled):
    window = make_window(qtbot, settings, None, bundled)
    window.store_unavailable(StoreError("Cannot reach the history database db.example: refused"))
    window.editor.setPlainText(REPLY)
    window.submit()
    wait_for_the_outcome(qtbot, window)
    assert "Cannot reach the history database db.example" in status(window)
    assert "kept on this computer" in status(window)
    assert parked_replies() == [REPLY]


def test_a_submit_that_is_stored_says_saved_and_replays_earlier_ones(
    qtbot, settings, bundled, sql_store, make_attempt
):
    store, _path = sql_store
    park_attempt(make_attempt(text="parked earlier"))
    window = make_window(qtbot, settings, store, bundled)
    window.editor.setPlainText(REPLY)
    window.submit()
    wait_for_the_outcome(qtbot, window)
    assert status(window).startswith("Attempt saved.")
    assert "1 attempts saved while the database was unavailable are now recorded" in status(window)
    assert store.count_attempts() == 2
    assert parked_replies() == []


def test_a_whitespace_trainee_name_is_no_name(qtbot, settings, bundled, sql_store):
    from coach.gui.settings import Prefs

    store, _path = sql_store
    settings.set(Prefs.trainee_name, "   ")
    window = make_window(qtbot, settings, store, bundled)
    window.editor.setPlainText(REPLY)
    window.submit()
    # Asked first: nothing is stored under a name of spaces (or the placeholder).
    dialog = window.name_dialog
    assert dialog.isVisible()
    assert store.trainees() == []
    dialog.name.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("  Anna Petrova ")
    dialog.ok_button.click()
    wait_for_the_outcome(qtbot, window)
    assert status(window) == "Attempt saved."
    assert store.trainees() == ["Anna Petrova"]


def test_a_submit_the_store_refuses_is_kept_aside_and_stays_in_the_editor(
    qtbot, settings, bundled, tmp_path
):
    from coach.store.errors import RefusedError

    class Refusing:
        def record_attempt(self, attempt, *, token=None, created_at=None):
            raise RefusedError("value too long for type character varying(200)")

        def best_scores(self, trainee):
            return {}

        def save_draft(self, *args):
            pass

        def load_draft(self, *args):
            return None

        def clear_draft(self, *args):
            pass

    window = make_window(qtbot, settings, Refusing(), bundled)
    window.editor.setPlainText(REPLY)
    window.submit()
    wait_for_the_outcome(qtbot, window)
    assert status(window).startswith("The attempt could not be saved: value too long")
    assert str(tmp_path / "user-data" / "rejected-attempts") in status(window)
    assert Dialogs.shown[-1][1] == status(window)
    assert window.stack.currentIndex() == 0
    assert window.editor.toPlainText() == REPLY
    assert parked_replies() == []  # never replayed, so it cannot block the queue


def test_a_parked_attempt_the_store_refuses_does_not_stop_the_store_attaching(
    qtbot, settings, bundled, tmp_path, make_attempt
):
    """It used to raise from flush_pending at every start: the store never attached."""
    from coach.gui.store_setup import open_history_store

    park_attempt(make_attempt(trainee="  ", text="no name"))
    park_attempt(make_attempt(text="fine"))
    store, replay = open_history_store(str(tmp_path / "history.sqlite3"))
    try:
        window = make_window(qtbot, settings, None, bundled)
        window.attach_store(store, replay)
        assert window.store is store
        assert store.count_attempts() == 1
        shown = Dialogs.shown[-1][1]
        assert "1 attempts saved while the database was unavailable are now recorded." in shown
        assert "1 kept attempts could not be saved and were moved to" in shown
        assert "a trainee name is needed" in shown
        assert parked_replies() == []
        rejected = tmp_path / "user-data" / "rejected-attempts"
        assert len(list(rejected.glob("*.json"))) == 1
    finally:
        store.close()


# ---------------------------------------------------------------- item 9: a held write lock


def test_a_held_write_lock_parks_the_submit_and_the_window_keeps_running(
    qtbot, settings, bundled, sql_store, write_lock_held
):
    store, path = sql_store
    window = make_window(qtbot, settings, store, bundled)
    window.editor.setPlainText(REPLY)
    window.rescore()  # the judgement is loaded before the clock starts
    with write_lock_held(path):
        ticks = Ticks(window)
        window.submit()
        assert status(window) == SAVING
        assert window.editor.isReadOnly()
        assert not window.submit_button.isEnabled()
        wait_for_the_outcome(qtbot, window, timeout=15000)
        # The store waited its 1.5 s busy wait on a worker; the UI thread kept ticking.
        assert ticks.count >= 25
        parked = status(window)
        assert "Not saved to the history database yet" in parked
        assert "locked by another program" in parked
        assert "kept on this computer" in parked
        qtbot.wait(300)
        assert status(window) == parked  # not overwritten by "Attempt saved."
    assert parked_replies() == [REPLY]
    assert store.count_attempts() == 0
    assert window.stack.currentWidget() is window.results
    assert flush_pending(store).recorded == 1
    assert store.attempt(store.attempts_page()[0].id).reply_text == REPLY


def test_a_held_write_lock_does_not_freeze_draft_saves_or_lose_the_text(
    qtbot, settings, bundled, sql_store, write_lock_held
):
    store, path = sql_store
    window = make_window(qtbot, settings, store, bundled)
    with write_lock_held(path):
        ticks = Ticks(window)
        window.editor.setPlainText("Hi Daniel, half a thought")
        window.save_draft()
        qtbot.waitUntil(lambda: status(window).startswith("Draft not saved"), timeout=15000)
        assert "locked by another program" in status(window)
        assert ticks.count >= 25
        # Back to the scenario while the database still has no draft: the text is there.
        assert window.library_panel.select("mass-outage-en")
        assert window.library_panel.select(SCENARIO)
        assert window.editor.toPlainText() == "Hi Daniel, half a thought"
    qtbot.waitUntil(lambda: window.writer.idle, timeout=15000)
    window.save_draft()
    qtbot.waitUntil(lambda: window.writer.idle, timeout=15000)
    assert store.load_draft("trainee", SCENARIO, 0) == "Hi Daniel, half a thought"


def test_draft_saves_land_in_the_order_they_were_typed(
    qtbot, settings, bundled, sql_store, write_lock_held
):
    store, path = sql_store
    window = make_window(qtbot, settings, store, bundled)
    with write_lock_held(path):
        for text in ("H", "Hi", "Hi D", "Hi Daniel"):
            window.editor.setPlainText(text)
            window.save_draft()
    qtbot.waitUntil(lambda: window.writer.idle, timeout=15000)
    window.save_draft()
    qtbot.waitUntil(lambda: window.writer.idle, timeout=15000)
    assert store.load_draft("trainee", SCENARIO, 0) == "Hi Daniel"


def test_closing_the_window_finishes_the_queued_draft(qtbot, settings, bundled, sql_store):
    store, _path = sql_store
    window = make_window(qtbot, settings, store, bundled)
    window.editor.setPlainText("typed just before closing")
    window.close()
    assert store.load_draft("trainee", SCENARIO, 0) == "typed just before closing"


def test_the_parked_notice_is_in_russian_for_a_russian_interface(qtbot, qapp, settings, bundled):
    from PySide6.QtCore import QTranslator

    from coach.gui.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "coach_ru.qm"))
    qapp.installTranslator(translator)
    try:
        window = make_window(qtbot, settings, None, bundled)
        window.editor.setPlainText(REPLY)
        window.submit()
        assert status(window) == "Сохраняем попытку…"
        qtbot.waitUntil(lambda: status(window) != "Сохраняем попытку…", timeout=10000)
        assert status(window).startswith("В базу истории пока не сохранено: ")
        assert "хранится на этом компьютере" in status(window)
    finally:
        qapp.removeTranslator(translator)


def test_a_late_draft_error_does_not_overwrite_what_the_submit_said(
    qtbot, settings, bundled, store
):
    """A draft save that fails after the text went into an attempt (held lock, slow disk)
    is logged; the status bar keeps the submit's outcome."""
    from coach.errors import CoachError

    window = make_window(qtbot, settings, store, bundled)
    window.stack.setCurrentWidget(window.results)
    window.statusBar().showMessage("Not saved to the history database yet: kept on this computer")
    window.drafts._on_save_error(CoachError("the database is locked"))
    assert status(window).startswith("Not saved to the history database yet")
    window.stack.setCurrentIndex(0)
    window.drafts._on_save_error(CoachError("the database is locked"))
    assert status(window).startswith("Draft not saved")
