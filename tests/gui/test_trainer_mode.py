"""The trainer's side: passphrase, history filters, review with override, exports."""

import csv

import pytest

from coach.gui.dialogs import Dialogs
from coach.store import SqlStore

PASSPHRASE = "correct horse battery"


@pytest.fixture
def sql_store(tmp_path, monkeypatch, record_example):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    for trainee, scenario_id, kind in (
        ("anna", "api-params-vip-en", "bad"),
        ("anna", "api-params-vip-en", "good"),
        ("anna", "double-charge-en", "good"),
        ("boris", "mass-outage-ru", "bad"),
    ):
        record_example(store, trainee, scenario_id, kind)
    yield store
    store.close()


def settle(qtbot, view):
    """Until the view's store reads (off the UI thread) are all shown."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)


@pytest.fixture
def trainer_window(qtbot, sql_store, bundled):
    from coach.gui.trainer.trainer_window import TrainerWindow

    win = TrainerWindow(sql_store, bundled, "lead trainer")
    qtbot.addWidget(win)
    settle(qtbot, win.history)
    return win


def test_first_use_sets_the_passphrase_and_a_wrong_one_is_refused(
    qtbot, window, sql_store, monkeypatch
):
    monkeypatch.setattr("coach.store.trainer_auth.FAILURE_DELAYS", (0.3,))
    window.store = sql_store
    window.open_trainer_mode()
    dialog = window.auth_dialog
    # Whether a passphrase is set is read off the UI thread; OK waits for the answer.
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.ok_button.isEnabled()
    assert dialog.first_use
    assert not dialog.try_passphrase("short", "short")
    assert not dialog.try_passphrase(PASSPHRASE, "different one")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        dialog._on_ok()
    assert window.trainer_window.isVisible()
    window.trainer_window.close()

    window.open_trainer_mode()
    again = window.auth_dialog
    qtbot.waitUntil(lambda: not again.loading)
    assert not again.first_use
    assert again.confirm.isHidden()
    again.passphrase.setText("wrong guess!")
    again._on_ok()
    # scrypt and the delay run off the UI thread: the dialog says so and OK waits.
    assert again.message.text() == "Checking…"
    assert not again.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not again.checking, timeout=10_000)
    assert again.message.text().startswith("Wrong passphrase. The passphrase was set on ")
    assert again.ok_button.isEnabled()
    assert again.result() == 0
    again.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again._on_ok()
    notice = window.trainer_window.passphrase_notice
    assert notice.text().startswith("The passphrase was set on ")
    window.trainer_window.close()


def test_a_replaced_passphrase_record_warns_the_trainer(qtbot, window, sql_store):
    from coach.store.settings import delete_setting
    from coach.store.trainer_auth import set_passphrase

    set_passphrase(sql_store, PASSPHRASE, actor="lead trainer")
    sql_store.db.write(lambda c: delete_setting(c, "trainer_passphrase"))  # by hand
    window.store = sql_store
    window.open_trainer_mode()
    dialog = window.auth_dialog
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.first_use
    assert dialog.notice.text().startswith("Warning: a trainer passphrase was set")
    # Set off the UI thread (scrypt); the dialog accepts itself once it is stored.
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        assert dialog.try_passphrase("trainee's own", "trainee's own")
        assert dialog.message.text() == "Saving the passphrase…"
    notice = window.trainer_window.passphrase_notice
    assert "⚠" in notice.text()
    assert "once disappeared" in notice.text()
    window.trainer_window.close()


def test_trainer_mode_needs_the_database(qtbot, window):
    window.store = None
    window.open_trainer_mode()
    assert Dialogs.shown[-1][1] == "The history database is not available yet."


def test_history_filters(qtbot, trainer_window):
    history = trainer_window.history
    assert history.model.total() == 4
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    settle(qtbot, history)
    assert history.model.total() == 3
    assert {history.model.attempt_at(r).scenario_id for r in range(history.model.rowCount())} == {
        "api-params-vip-en",
        "double-charge-en",
    }
    history.category.setCurrentIndex(history.category.findData("billing"))
    settle(qtbot, history)
    assert [a.scenario_id for a in history.model.rows()] == ["double-charge-en"]
    history.category.setCurrentIndex(0)
    settle(qtbot, history)
    history.scenario.setCurrentIndex(history.scenario.findData("api-params-vip-en"))
    settle(qtbot, history)
    assert history.model.total() == 2
    assert len(history.chart.chart().series()) >= 2  # dimensions, overall and its average


def test_review_with_override_keeps_the_original(qtbot, trainer_window, sql_store, reviewing):
    history = trainer_window.history
    history.trainee.setCurrentIndex(history.trainee.findData("boris"))
    settle(qtbot, history)
    history.table.selectRow(0)
    dialog = reviewing.open(history)
    original = dialog.attempt
    assert "How trainers" not in dialog.examples.toPlainText()  # examples, not a heading
    assert dialog.examples.toPlainText().strip()
    assert dialog.reply.marks(), "the findings are drawn on the reply as the trainee saw them"
    box, spin = dialog.overrides["tone"]
    box.setChecked(True)
    spin.setValue(90)
    dialog.comment.setPlainText("Tone is fine for a chat with a regular customer.")
    reviewing.save(dialog)
    stored = sql_store.attempt(original.id)
    assert stored.dimensions["tone"] == original.dimensions["tone"]
    assert stored.effective_dimensions["tone"] == 90
    assert stored.reviews[-1].comment.startswith("Tone is fine")
    history.refresh()
    settle(qtbot, history)
    row = history.model.rows().index(next(a for a in history.model.rows() if a.id == original.id))
    assert history.model.data(history.model.index(row, 7)).endswith("✎")


def test_empty_review_is_refused(qtbot, trainer_window, sql_store, reviewing):
    history = trainer_window.history
    history.table.selectRow(0)
    reviewing.open(history).save()
    assert Dialogs.shown[-1][1] == "Write a comment or override a score."
    assert sql_store.reviews(history.last_review_dialog.attempt.id) == []


def test_csv_export_holds_the_filtered_rows(qtbot, trainer_window, tmp_path):
    from coach.gui.trainer.export import export_csv

    history = trainer_window.history
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    settle(qtbot, history)
    path = tmp_path / "anna.csv"
    assert export_csv(history.store, history.current_filter(), path) == 3
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert {r["trainee"] for r in rows} == {"anna"}
    assert "overall" in rows[0]


def test_pdf_report_is_written(qtbot, trainer_window, tmp_path, sql_store):
    history = trainer_window.history
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    settle(qtbot, history)
    attempt_id = history.model.rows()[0].id
    sql_store.add_review(attempt_id, "lead", "Great acknowledgement, keep it.")
    path = tmp_path / "anna.pdf"
    written = []
    history.write_report(path, written.append)
    settle(qtbot, history)
    assert written == [3]
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5000


def test_report_html_lists_attempts_and_comments(trainer_window, sql_store):
    from coach.gui.trainer.export import report_html

    attempts = sql_store.attempts_page(None, 0, 10)
    sql_store.add_review(attempts[0].id, "lead", "Use the customer's name.")
    reviews = {a.id: sql_store.reviews(a.id) for a in attempts}
    text = report_html("anna", attempts, reviews, None)
    assert "Use the customer&#x27;s name." in text
    assert text.count("<tr>") == len(attempts) + 1


def test_cohort_and_calibration(qtbot, trainer_window, sql_store):
    cohort = trainer_window.cohort
    cohort.refresh()
    qtbot.waitUntil(lambda: not cohort.query.pending)
    names = {cohort.table.item(r, 0).text() for r in range(cohort.table.rowCount())}
    assert names == {"anna", "boris"}
    assert cohort.hardest.rowCount() == 3
    attempt = sql_store.attempts_page(None, 0, 1)[0]
    sql_store.add_review(attempt.id, "r1", "too harsh", {"tone": attempt.dimensions["tone"] + 20})
    sql_store.add_review(attempt.id, "r2", "a bit harsh", {"tone": attempt.dimensions["tone"] + 10})
    calibration = trainer_window.calibration
    calibration.refresh()
    qtbot.waitUntil(lambda: not calibration.query.pending)
    # The rubric's label, in the interface language, not the raw key "tone".
    assert calibration.dimensions.item(0, 0).text() == "Tone"
    assert calibration.dimensions.item(0, 2).text() == "+15.0"
    assert calibration.dimensions.item(0, 4).text() == "10.0"
    assert calibration.checks.rowCount() >= 1


def test_clicking_the_overall_header_sorts_by_score(qtbot, trainer_window):
    history = trainer_window.history
    history.table.horizontalHeader().sectionClicked.emit(4)
    settle(qtbot, history)
    scores = [a.effective_overall for a in history.model.rows()]
    assert scores == sorted(scores, reverse=True)
    history.table.horizontalHeader().sectionClicked.emit(4)
    settle(qtbot, history)
    scores = [a.effective_overall for a in history.model.rows()]
    assert scores == sorted(scores)


def test_my_progress_shows_only_my_attempts(qtbot, window, sql_store, settings):
    from coach.gui.settings import Prefs

    settings.set(Prefs.trainee_name, "anna")
    window.store = sql_store
    window.open_progress()
    dialog = window.progress_dialog
    qtbot.waitUntil(lambda: not dialog.query.pending)
    assert dialog.summary.text().startswith("3 attempts")
    settings.set(Prefs.trainee_name, "nobody")
    window.open_progress()
    qtbot.waitUntil(lambda: not window.progress_dialog.query.pending)
    assert window.progress_dialog.summary.text().startswith("No attempts yet")


def test_dimension_overrides_move_the_effective_overall_by_the_rubrics_weights(
    qtbot, trainer_window, sql_store, bundled, tmp_path, reviewing
):
    from coach.gui.trainer.review_scores import derived_overall

    history = trainer_window.history
    history.trainee.setCurrentIndex(history.trainee.findData("boris"))
    settle(qtbot, history)
    history.table.selectRow(0)
    dialog = reviewing.open(history)
    attempt = dialog.attempt
    rubric = bundled.rubrics[attempt.rubric_id]
    # The scenario's title, not its id, heads the dialog.
    title = bundled.scenarios[attempt.scenario_id].title
    assert any(title in label.text() for label in dialog.findChildren(type(dialog.overall_label)))
    assert dialog.overall_label.text() == f"auto {attempt.overall:.0f}"
    chosen = {
        "empathy": attempt.dimensions["empathy"] + 30,
        "tone": attempt.dimensions["tone"] - 11,
    }
    for name, value in chosen.items():
        box, spin = dialog.overrides[name]
        box.setChecked(True)
        spin.setValue(round(value))
    weights = {name: d.weight for name, d in rubric.dimensions.items()}
    expected = round(
        derived_overall(
            attempt.overall,
            attempt.dimensions,
            {name: round(v) for name, v in chosen.items()},
            weights,
        )
    )
    assert expected != round(attempt.overall)
    assert dialog.overall_label.text() == f"auto {attempt.overall:.0f} → {expected} ✎"
    dialog.comment.setPlainText("More empathy than the score says; the tone slips once.")
    reviewing.save(dialog)
    stored = sql_store.attempt(attempt.id)
    assert stored.overall == attempt.overall  # the automatic score is kept
    assert stored.effective_overall == expected
    history.refresh()
    settle(qtbot, history)
    row = next(i for i, a in enumerate(history.model.rows()) if a.id == attempt.id)
    assert history.model.data(history.model.index(row, 4)) == f"{expected} ✎"
    out = tmp_path / "attempts.csv"
    from coach.gui.trainer.export import export_csv
    from coach.store import HistoryFilter

    export_csv(sql_store, HistoryFilter(trainee="boris"), out)
    with out.open(encoding="utf-8-sig") as file:
        (line,) = list(csv.DictReader(file))
    assert float(line["effective_overall"]) == expected
    assert float(line["overall"]) != expected


def test_an_explicit_overall_override_wins(qtbot, trainer_window, sql_store, reviewing):
    history = trainer_window.history
    history.trainee.setCurrentIndex(history.trainee.findData("boris"))
    settle(qtbot, history)
    history.table.selectRow(0)
    dialog = reviewing.open(history)
    box, spin = dialog.overrides["tone"]
    box.setChecked(True)
    spin.setValue(5)
    dialog.overall_box.setChecked(True)
    dialog.overall_spin.setValue(77)
    assert dialog.overall_label.text().endswith("→ 77 ✎")
    reviewing.save(dialog)
    assert sql_store.attempt(dialog.attempt.id).effective_overall == 77
