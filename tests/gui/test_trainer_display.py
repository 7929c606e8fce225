"""What the trainer views, the charts and the PDF show: titles, labels, chart shape,
empty states, save dialogs."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QLegend
from PySide6.QtCore import Qt

from coach.gui.dialogs import Dialogs
from coach.store import SqlStore


@pytest.fixture
def sql_store(tmp_path, record_example):
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    for trainee, scenario_id, kind in (
        ("anna", "api-params-vip-en", "bad"),
        ("anna", "api-params-vip-en", "good"),
        ("anna", "mass-outage-ru", "good"),
        ("boris", "mass-outage-ru", "bad"),
    ):
        record_example(store, trainee, scenario_id, kind)
    yield store
    store.close()


@pytest.fixture
def trainer(qtbot, sql_store, bundled, settings):
    from coach.gui.trainer.trainer_window import TrainerWindow

    win = TrainerWindow(sql_store, bundled, "lead", settings=settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.history.loading, timeout=10_000)
    return win


def test_history_shows_titles_and_english_labels_for_a_russian_rubric(trainer, bundled):
    model = trainer.history.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-4:] == ["Empathy", "Clarity", "Tone", "Resolution"]
    titles = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert titles == {
        bundled.scenarios["api-params-vip-en"].title,
        bundled.scenarios["mass-outage-ru"].title,
    }
    combo = trainer.history.scenario
    assert combo.itemText(1) in {s.title for s in bundled.scenarios.values()}


def test_cohort_shows_titles_labels_and_no_weakest_when_none_is_lower(
    qtbot, trainer, bundled, sql_store
):
    cohort = trainer.cohort
    cohort.refresh()
    qtbot.waitUntil(lambda: not cohort.query.pending)
    headers = [
        cohort.table.horizontalHeaderItem(c).text() for c in range(cohort.table.columnCount())
    ]
    assert "Empathy" in headers
    assert "empathy" not in headers
    hardest = {cohort.hardest.item(r, 0).text() for r in range(cohort.hardest.rowCount())}
    assert bundled.scenarios["mass-outage-ru"].title in hardest
    from coach.store.cohort import _weakest

    assert _weakest({"empathy": 100.0, "clarity": 100.0, "tone": 100.0}) is None
    assert _weakest({"empathy": 100.0, "clarity": 80.0}) == "clarity"


def test_calibration_names_checks_by_their_text_and_hints_when_empty(
    qtbot, trainer, sql_store, bundled
):
    calibration = trainer.calibration
    calibration.refresh()
    qtbot.waitUntil(lambda: not calibration.query.pending)
    assert not calibration.empty_hint.isHidden()
    assert calibration.checks.rowCount() == 0
    attempt = sql_store.attempts_page(None, 0, 10)[-1]  # the first, a blaming reply
    sql_store.add_review(attempt.id, "r1", "too harsh", {"tone": 90.0})
    calibration.refresh()
    qtbot.waitUntil(lambda: not calibration.query.pending)
    assert calibration.empty_hint.isHidden()
    assert calibration.dimensions.item(0, 0).text() == "Tone"
    check_ids = {c.id for r in bundled.rubrics.values() for c in r.checks}
    shown = [calibration.checks.item(r, 0).text() for r in range(calibration.checks.rowCount())]
    assert shown
    assert not set(shown) & check_ids
    assert "/" in calibration.checks.item(0, 0).toolTip()  # rubric/check, for the author


def test_review_dialog_uses_the_interface_languages_labels(qtbot, trainer, sql_store, bundled):
    from coach.gui.trainer.review_dialog import ReviewDialog

    russian = next(a for a in sql_store.attempts_page(None, 0, 10) if a.trainee == "boris")
    dialog = ReviewDialog(sql_store, sql_store.attempt(russian.id), bundled, "lead")
    qtbot.addWidget(dialog)
    assert set(dialog.reply.dimension_labels.values()) == {
        "Empathy",
        "Clarity",
        "Tone",
        "Resolution",
    }
    from PySide6.QtWidgets import QLabel

    title = bundled.scenarios["mass-outage-ru"].title
    assert any(title in label.text() for label in dialog.findChildren(QLabel))


def test_the_chart_counts_whole_attempts_with_headroom_and_distinct_styles(bundled, sql_store):
    from PySide6.QtGui import QColor

    from coach.gui.trainer.score_chart import Y_TOP, attempt_tick_interval, build_chart

    attempts = sql_store.attempts_page(None, 0, 10)
    chart = build_chart(attempts, bundled, QColor("black"))
    x_axis, y_axis = chart.axes()
    assert (x_axis.tickInterval(), x_axis.tickAnchor(), x_axis.labelFormat()) == (1, 1, "%d")
    assert y_axis.max() == Y_TOP > 100
    by_name = {s.name(): s for s in chart.series()}
    overall, average = by_name["Overall"], by_name["Moving average (5)"]
    assert overall.pen().color() != average.pen().color()
    assert overall.pen().style() != average.pen().style()
    assert chart.legend().markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries
    markers = {m.label(): m for m in chart.legend().markers()}
    # The swatch is filled with its series' colour: the two differ.
    assert markers["Overall"].brush().color() != markers["Moving average (5)"].brush().color()
    assert {"Empathy", "Tone"} <= set(by_name)
    # Many attempts: fewer labels, never a repeated one.
    assert [attempt_tick_interval(n) for n in (1, 12, 13, 30, 100, 1000)] == [1, 1, 2, 5, 10, 100]


def test_all_trainees_gives_an_empty_state_not_a_blank_chart(qtbot, trainer):
    history = trainer.history
    assert history.trainee.currentData() is None
    assert not history.chart.empty_label.isHidden()
    assert "Choose a trainee" in history.chart.empty_label.text()
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    qtbot.waitUntil(lambda: not history.loading)
    assert history.chart.empty_label.isHidden()


def test_the_pdf_chart_is_drawn_for_print_with_readable_text(trainer, tmp_path, bundled, sql_store):
    from coach.gui.trainer import export, score_chart
    from coach.gui.trainer.export import report_html

    attempts = sql_store.attempts_page(None, 0, 10)
    image = score_chart.print_chart(attempts, bundled)
    assert (image.width(), image.height()) == score_chart.PRINT_SIZE
    # Pixels of text -> points on paper, at the width the report lays the image out.
    scale = export.CHART_PAGE_WIDTH / image.width()
    points = score_chart.PRINT_FONT_PX * scale / export.PDF_DPI * 72
    assert points >= 8
    chart = score_chart.build_chart(
        attempts, bundled, image.pixelColor(0, 0), score_chart.PRINT_FONT_PX
    )
    assert all(a.labelsFont().pixelSize() == score_chart.PRINT_FONT_PX for a in chart.axes())
    text = report_html("anna", attempts, {}, image, bundled)
    assert bundled.scenarios["mass-outage-ru"].title in text
    assert "<th>Turn</th><th>Overall</th><th>Empathy</th>" in text
    assert f'width="{export.CHART_PAGE_WIDTH}"' in text


def test_exports_open_in_documents_remember_the_folder_and_confirm(
    qtbot, trainer, tmp_path, settings
):
    from coach.gui.dialogs import default_folder
    from coach.gui.settings import State

    history = trainer.history
    history.trainee.setCurrentIndex(history.trainee.findData("anna"))
    qtbot.waitUntil(lambda: not history.loading)
    target = tmp_path / "out"
    target.mkdir()
    Dialogs.save_answers[:] = [str(target / "anna.pdf")]
    history._on_export_pdf()
    qtbot.waitUntil(lambda: not history.loading)
    asked = Dialogs.shown[0]
    assert asked[1].startswith(default_folder())
    assert (target / "anna.pdf").read_bytes().startswith(b"%PDF")
    assert Dialogs.shown[-1] == (
        "PDF report",
        f"Progress report with 3 attempts written to {target / 'anna.pdf'}.",
    )
    assert settings.get(State.export_folder) == str(target)
    Dialogs.save_answers[:] = [str(target / "all.csv")]
    history._on_export_csv()
    qtbot.waitUntil(lambda: not history.loading)
    assert Dialogs.shown[-2][1] == str(target / "attempts.csv")  # opened where the last went
    assert re.match(r"3 attempts written to ", Dialogs.shown[-1][1])


def test_modal_dialogs_have_no_minimise_button(qtbot, settings):
    from coach.gui.name_dialog import NameDialog
    from coach.gui.settings_dialog import SettingsDialog

    for dialog in (SettingsDialog(settings), NameDialog()):
        qtbot.addWidget(dialog)
        flags = dialog.windowFlags()
        assert not flags & Qt.WindowType.WindowMinimizeButtonHint
        assert not flags & Qt.WindowType.WindowMaximizeButtonHint
        assert flags & Qt.WindowType.WindowCloseButtonHint


def test_settings_fields_fit_their_placeholders(qtbot, settings):
    from coach.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    for field in (dialog.lt_url, dialog.database):
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() > needed, field.placeholderText()


def test_time_is_up_stands_out(qtbot, window, bundled, monkeypatch):
    timed = next(s for s in bundled.scenarios.values() if s.time_limit_minutes)
    window.open_scenario(timed.id)
    qtbot.waitUntil(lambda: window.session is not None)
    monkeypatch.setattr(window.session, "seconds_left", lambda: 0)
    window.time_limit.tick()
    assert window.timer_label.text().startswith("⏰ Time is up")
    assert window.timer_label.property("timeUp") is True
    assert "font-weight: bold" in window.timer_label.styleSheet()
