"""Store reads never block the UI thread: while the store waits (a busy SQLite file, a
slow team server), windows keep drawing, say "Loading…", and show the answer once it
comes. Drafts reach the store within 300 ms of the last keystroke."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from coach.gui.library_model import COLUMNS

SCENARIO = "api-params-vip-en"


class Ticks:
    """Counts a 20 ms timer: if the UI thread is blocked, it does not tick."""

    def __init__(self, parent):
        self.count = 0
        self.timer = QTimer(parent, interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.count += 1


class Gate:
    """Wraps a store; the named methods wait until `release()`, as a locked database does."""

    def __init__(self, store, *blocked: str):
        self._store = store
        self._blocked = set(blocked)
        self._open = threading.Event()
        self.calls: list[str] = []
        self.threads: dict[str, set[threading.Thread]] = {}
        self.failures: dict[str, Exception] = {}

    def release(self):
        self._open.set()

    def __getattr__(self, name):
        attr = getattr(self._store, name)
        if not callable(attr):
            self.threads.setdefault(name, set()).add(threading.current_thread())
            if name in self._blocked:  # `db`: the store's own reads go through it
                self.calls.append(name)
                assert self._open.wait(20), "the test never released the store"
            return attr

        def call(*args, **kwargs):
            self.calls.append(name)
            self.threads.setdefault(name, set()).add(threading.current_thread())
            if name in self._blocked:
                assert self._open.wait(20), "the test never released the store"
            if name in self.failures:
                raise self.failures[name]
            return attr(*args, **kwargs)

        return call


@pytest.fixture
def sql_store(tmp_path, bundled):
    from coach.scoring import score_reply
    from coach.store import NewAttempt, SqlStore

    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    scenario = bundled.scenarios[SCENARIO]
    rubric = bundled.rubrics[scenario.rubric]
    for trainee, example in (
        ("anna", scenario.examples.bad[0]),
        ("anna", scenario.examples.good[0]),
    ):
        report = score_reply(example.text, rubric, scenario)
        store.record_attempt(
            NewAttempt(
                trainee,
                scenario.id,
                scenario.content_hash,
                rubric.id,
                rubric.content_hash,
                0,
                example.text,
                report,
            )
        )
    yield store
    store.close()


def best_cell(window, scenario_id):
    model = window.library_panel.model
    for row in range(model.rowCount()):
        if model.scenario_at(row).id == scenario_id:
            return model.index(row, COLUMNS.index("best")).data()
    raise AssertionError(scenario_id)


def test_best_scores_are_read_off_the_ui_thread_with_a_busy_label(
    qtbot, settings, bundled, sql_store
):
    from coach.gui.main_window import PracticeWindow
    from coach.gui.settings import Prefs

    settings.set(Prefs.trainee_name, "anna")
    gate = Gate(sql_store, "best_scores")
    window = PracticeWindow(settings, store=gate)
    qtbot.addWidget(window)
    window.show()
    ticks = Ticks(window)
    started = time.monotonic()
    window.load_content(bundled)
    assert time.monotonic() - started < 1.0, "load_content waited for the store"
    before = ticks.count
    qtbot.waitUntil(lambda: ticks.count >= before + 10)  # the event loop runs meanwhile
    assert window.store_busy.isVisible()
    assert window.store_busy.text() == "Loading from the history database…"
    assert best_cell(window, SCENARIO) == ""
    gate.release()
    qtbot.waitUntil(lambda: not window.store_busy.isVisible())
    best = sql_store.best_scores("anna")[SCENARIO]
    assert best_cell(window, SCENARIO) == f"{best:.0f}"


def test_the_trainer_window_draws_while_the_store_waits(qtbot, bundled, sql_store):
    from coach.gui.trainer.trainer_window import TrainerWindow

    gate = Gate(sql_store, "attempts_page", "count_attempts", "db")
    started = time.monotonic()
    window = TrainerWindow(gate, bundled, "lead")
    qtbot.addWidget(window)
    window.show()
    assert time.monotonic() - started < 1.0, "the window waited for the store to open"
    ticks = Ticks(window)
    history = window.history
    window.tabs.setCurrentWidget(window.cohort)  # cohort_summary reads through store.db
    qtbot.waitUntil(lambda: ticks.count >= 10)
    assert not history.busy.isHidden()  # on its tab, behind the cohort
    assert window.cohort.busy.isVisible()
    assert history.model.rowCount() == 0
    gate.release()
    qtbot.waitUntil(lambda: not history.loading and not window.cohort.query.pending)
    assert history.model.rowCount() == 2
    assert history.count.text() == "2 attempts"
    assert window.cohort.table.item(0, 0).text() == "anna"
    assert history.busy.isHidden()


def test_a_newer_filter_wins_over_an_older_read_still_running(qtbot, bundled, sql_store):
    from coach.gui.trainer.trainer_window import TrainerWindow

    window = TrainerWindow(sql_store, bundled, "lead")
    qtbot.addWidget(window)
    history = window.history
    qtbot.waitUntil(lambda: not history.loading)
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    history.scenario.setCurrentIndex(history.scenario.findData("double-charge-en"))
    qtbot.waitUntil(lambda: not history.loading)
    assert history.model.total() == 0  # not anna's two, answered for the filter before
    assert history.count.text() == "0 attempts"


def test_the_pdf_report_reads_the_reviews_in_one_query(qtbot, tmp_path, bundled, sql_store):
    from coach.gui.trainer.trainer_window import TrainerWindow

    for attempt in sql_store.attempts_page(None, 0, 10):
        sql_store.add_review(attempt.id, "lead", f"comment on {attempt.id}")
    gate = Gate(sql_store)
    window = TrainerWindow(gate, bundled, "lead")
    qtbot.addWidget(window)
    history = window.history
    qtbot.waitUntil(lambda: not history.loading)
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    qtbot.waitUntil(lambda: not history.loading)
    gate.calls.clear()
    written: list[int] = []
    history.write_report(tmp_path / "anna.pdf", written.append)
    qtbot.waitUntil(lambda: written == [2])
    assert gate.calls.count("reviews_of") == 1
    assert "reviews" not in gate.calls
    assert (tmp_path / "anna.pdf").read_bytes().startswith(b"%PDF")


def test_my_progress_opens_at_once_and_fills_when_the_store_answers(
    qtbot, settings, bundled, sql_store
):
    from coach.gui.progress_dialog import ProgressDialog

    gate = Gate(sql_store, "attempts_page")
    started = time.monotonic()
    dialog = ProgressDialog(gate, "anna", None, bundled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert time.monotonic() - started < 1.0
    ticks = Ticks(dialog)
    qtbot.waitUntil(lambda: ticks.count >= 10)
    assert dialog.busy.isVisible()
    assert dialog.summary.text() == ""
    gate.release()
    qtbot.waitUntil(lambda: not dialog.query.pending)
    assert dialog.summary.text().startswith("2 attempts, best ")
    assert not dialog.busy.isVisible()


def test_a_draft_is_in_the_store_300_ms_after_the_last_keystroke(qtbot, settings, bundled, store):
    from coach.gui.main_window import PracticeWindow

    window = PracticeWindow(settings, store=store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    assert window.library_panel.select(SCENARIO)
    qtbot.waitUntil(lambda: window.session is not None and not window.loading_draft)
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Hi Daniel. I see how this hurts.")
    typed = time.monotonic()
    key = ("trainee", SCENARIO, 0)
    qtbot.waitUntil(lambda: store.drafts.get(key, "").endswith("hurts."), timeout=2000)
    assert time.monotonic() - typed <= 0.3, "a kill 0.3 s after typing would lose the sentence"


def off_the_ui_thread(gate, *names):
    """Each named store call happened, and never on the UI thread."""
    for name in names:
        assert gate.threads.get(name), f"{name} was never called"
        assert threading.main_thread() not in gate.threads[name], f"{name} on the UI thread"


def practice_window(qtbot, settings, bundled, store):
    from coach.gui.main_window import PracticeWindow

    window = PracticeWindow(settings, store=store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    return window


def test_a_draft_is_read_off_the_ui_thread_while_the_editor_waits(
    qtbot, settings, bundled, sql_store
):
    sql_store.save_draft("trainee", SCENARIO, 0, "Hi Daniel, half a thought")
    gate = Gate(sql_store, "load_draft")
    window = practice_window(qtbot, settings, bundled, gate)
    ticks = Ticks(window)
    started = time.monotonic()
    assert window.library_panel.select(SCENARIO)
    assert time.monotonic() - started < 1.0, "opening the scenario waited for the store"
    before = ticks.count
    qtbot.waitUntil(lambda: ticks.count >= before + 10)  # the event loop runs meanwhile
    # The trainee sees why the editor is empty, and cannot type over the coming draft.
    assert window.loading_draft
    assert window.editor.isReadOnly()
    assert window.editor.placeholderText() == "Loading your draft…"
    assert window.store_busy.isVisible()
    window.save_draft()  # an autosave of the empty editor must not clear the stored draft
    gate.release()
    qtbot.waitUntil(lambda: not window.loading_draft)
    assert window.editor.toPlainText() == "Hi Daniel, half a thought"
    assert not window.editor.isReadOnly()
    assert window.statusBar().currentMessage() == "Your draft was restored."
    assert not window.store_busy.isVisible()
    qtbot.waitUntil(lambda: window.writer.idle)
    assert sql_store.load_draft("trainee", SCENARIO, 0) == "Hi Daniel, half a thought"
    off_the_ui_thread(gate, "load_draft")


def test_a_failing_draft_read_is_said_and_loses_no_draft(qtbot, settings, bundled, sql_store):
    from coach.store.errors import StoreError

    sql_store.save_draft("trainee", SCENARIO, 0, "Hi Daniel, half a thought")
    gate = Gate(sql_store)
    gate.failures["load_draft"] = StoreError("The history database is locked.")
    window = practice_window(qtbot, settings, bundled, gate)
    assert window.library_panel.select(SCENARIO)
    qtbot.waitUntil(lambda: not window.loading_draft)
    assert window.statusBar().currentMessage() == (
        "Your saved draft could not be read: The history database is locked."
    )
    assert not window.editor.isReadOnly()  # the trainee may write on
    qtbot.wait(400)  # past the autosave's debounce
    qtbot.waitUntil(lambda: window.writer.idle)
    assert sql_store.load_draft("trainee", SCENARIO, 0) == "Hi Daniel, half a thought"
    del gate.failures["load_draft"]
    # Leaving the scenario saves its draft: not the empty editor over the unread one.
    assert window.library_panel.select("mass-outage-en")
    assert window.library_panel.select(SCENARIO)
    qtbot.waitUntil(lambda: not window.loading_draft)
    assert window.editor.toPlainText() == "Hi Daniel, half a thought"
    off_the_ui_thread(gate, "load_draft")


def test_the_next_turns_draft_is_read_off_the_ui_thread(qtbot, settings, bundled, sql_store):
    scenario = bundled.scenarios["csv-import-branching-en"]
    sql_store.save_draft("trainee", scenario.id, 1, "Thanks for the file.")
    gate = Gate(sql_store)
    window = practice_window(qtbot, settings, bundled, gate)
    assert window.library_panel.select(scenario.id)
    qtbot.waitUntil(lambda: not window.loading_draft)
    window.editor.setPlainText(scenario.examples.good[0].text)
    window.submit()
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10_000)
    gate.threads.clear()
    window.results.continue_button.click()
    qtbot.waitUntil(lambda: not window.loading_draft)
    assert window.session.turn == 1
    assert window.editor.toPlainText() == "Thanks for the file."
    off_the_ui_thread(gate, "load_draft")


def trainer_history(qtbot, bundled, store):
    from coach.gui.trainer.trainer_window import TrainerWindow

    window = TrainerWindow(store, bundled, "lead")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.history.loading, timeout=10_000)
    return window, window.history


def test_a_review_opens_and_saves_off_the_ui_thread(qtbot, bundled, sql_store):
    gate = Gate(sql_store, "attempt")
    window, history = trainer_history(qtbot, bundled, gate)
    history.table.selectRow(0)
    ticks = Ticks(window)
    history.review_selected()
    qtbot.waitUntil(lambda: ticks.count >= 10)
    assert history.busy.isVisible()
    assert getattr(history, "last_review_dialog", None) is None
    gate.release()
    qtbot.waitUntil(lambda: getattr(history, "last_review_dialog", None) is not None)
    dialog = history.last_review_dialog
    assert not history.busy.isVisible()
    dialog.comment.setPlainText("Name the parameter.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
        assert dialog.status.text() == "Saving the review…"
        assert not dialog.save_button.isEnabled()
    assert sql_store.reviews(dialog.attempt.id)[-1].comment == "Name the parameter."
    off_the_ui_thread(gate, "attempt", "add_review")


def test_a_refused_review_keeps_the_dialog_and_what_was_written(qtbot, bundled, sql_store):
    from coach.gui.dialogs import Dialogs
    from coach.store.errors import StoreError

    gate = Gate(sql_store)
    _window, history = trainer_history(qtbot, bundled, gate)
    history.table.selectRow(0)
    history.review_selected()
    qtbot.waitUntil(lambda: getattr(history, "last_review_dialog", None) is not None)
    dialog = history.last_review_dialog
    gate.failures["add_review"] = StoreError("The history database is locked.")
    dialog.comment.setPlainText("Name the parameter.")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert Dialogs.shown[-1][1] == "The history database is locked."
    assert dialog.isVisible()
    assert dialog.comment.toPlainText() == "Name the parameter."
    assert dialog.save_button.isEnabled()
    del gate.failures["add_review"]
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert [r.comment for r in sql_store.reviews(dialog.attempt.id)] == ["Name the parameter."]


def test_the_passphrase_dialog_reads_and_sets_off_the_ui_thread(qtbot, sql_store):
    from coach.gui.trainer.auth_dialog import TrainerAuthDialog
    from coach.store.trainer_auth import has_passphrase

    gate = Gate(sql_store, "db")  # has_passphrase and the audit read through store.db
    ticks = Ticks(None)
    started = time.monotonic()
    dialog = TrainerAuthDialog(gate, actor="lead")
    qtbot.addWidget(dialog)
    dialog.show()
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: ticks.count >= 10)
    assert dialog.loading
    assert dialog.busy.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.try_passphrase("long enough one", "long enough one")  # not read yet
    gate.release()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.first_use
    assert not dialog.busy.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        assert dialog.try_passphrase("long enough one", "long enough one")
    assert has_passphrase(sql_store)
    off_the_ui_thread(gate, "db")
    ticks.timer.stop()
