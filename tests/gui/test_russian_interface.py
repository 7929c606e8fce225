"""The Russian interface, walked widget by widget: no English prose anywhere.

The practice window (a Russian scenario open, a reply scored and submitted), its Settings,
My progress and name dialogs, the trainer's passphrase dialog, the trainer window with
every tab filled, and the review dialog. Every label, button, tooltip, placeholder, tab
title, menu entry, table header and cell, list item, chart text and rich-text view is
collected and checked for Latin words. Content is in its own language (the scenario
library's titles and names may be English), and a short allow-list holds product names
and abbreviations; ids, URLs, numbers and shortcuts are not prose.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from coach.content.library import Library
from coach.gui.app import install_translations
from coach.store import SqlStore

SCENARIO = "mass-outage-ru"
# Names and abbreviations a Russian interface writes in Latin letters too.
ALLOWED = {
    "reply",
    "coach",
    "languagetool",
    "vip",
    "csv",
    "yaml",
    "pdf",
    "url",
    "ctrl",
    "enter",
    "shift",
    "sqlite",
    "postgresql",
    "e-mail",
    "email",
}
URL = re.compile(r"\b\w+://\S+")
# A key or id (`api-params-vip-en`, `days_since_payment`) is not prose.
IDENTIFIER = re.compile(r"\b[\w]+(?:[-_./][\w]+)+\b")
TAG = re.compile(r"<[^>]+>")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
# "Ctrl+Enter", "F8", "L1": shortcuts and tiers.
SHORT_CODE = re.compile(r"\b(?:[A-Z]\d+|Ctrl\+\S+)\b")


def english_words(text: str, allowed: set[str]) -> list[str]:
    """The Latin words of `text` that are not allowed, ids and URLs removed."""
    text = TAG.sub(" ", text)
    text = URL.sub(" ", text)
    text = SHORT_CODE.sub(" ", text)
    text = IDENTIFIER.sub(" ", text)
    return [w for w in LATIN_WORD.findall(text) if w.casefold() not in allowed]


def test_the_checker_finds_english_and_spares_ids_and_names():
    assert english_words("Слабое место: Clarity", ALLOWED) == ["Clarity"]
    assert english_words("Tone: (rubric substitution)", ALLOWED) == [
        "Tone",
        "rubric",
        "substitution",
    ]
    assert english_words("api-params-vip-en · http://lt.example:8081 · Ctrl+Enter", ALLOWED) == []
    assert english_words("Экспорт CSV… · VIP · <b>Reply Coach</b>", ALLOWED) == []


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    columns = model.columnCount()
    for column in range(columns):
        if isinstance(view, QTableView) and view.isColumnHidden(column):
            continue  # a key the view filters on, never shown
        for orientation in (Qt.Orientation.Horizontal,):
            header = model.headerData(column, orientation, Qt.ItemDataRole.DisplayRole)
            if header:
                texts.append(str(header))
    table = view if isinstance(view, QTableView) else None
    shown = [c for c in range(max(columns, 1)) if table is None or not table.isColumnHidden(c)]
    for row in range(min(model.rowCount(), 50)):
        for column in shown:
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    texts.append(value)
    return texts


def _own_texts(widget: QWidget) -> list[tuple[str, str | None]]:
    """(what, text) for one widget, by its kind."""
    texts: list[tuple[str, str | None]] = [
        ("toolTip", widget.toolTip()),
        ("accessibleName", widget.accessibleName()),
    ]
    if widget.isWindow():
        texts.append(("windowTitle", widget.windowTitle()))
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(("text", widget.text()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        texts.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QTextBrowser):
        texts.append(("text", widget.toPlainText()))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            texts += [(f"tab{i}", widget.tabText(i)), (f"tabToolTip{i}", widget.tabToolTip(i))]
    if isinstance(widget, QComboBox):
        texts += [(f"item{i}", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            texts += [(f"item{i}", item.text()), (f"itemToolTip{i}", item.toolTip())]
    elif isinstance(widget, QAbstractItemView):
        texts += [("cell", text) for text in _item_texts(widget)]
    if isinstance(widget, QChartView) and widget.chart() is not None:
        chart = widget.chart()
        texts.append(("title", chart.title()))
        texts += [("series", series.name()) for series in chart.series()]
        texts += [("axis", axis.titleText()) for axis in chart.axes()]
    return texts


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything `root` and its children show a person."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName()})"
        found += [(f"{where}.{what}", t) for what, t in _own_texts(widget) if t and t.strip()]
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            found.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else ():
                found += [("menuItem", action.text()), ("menuToolTip", action.toolTip())]
    return [(where, text) for where, text in found if text.strip()]


def assert_russian(root: QWidget, allowed: set[str]) -> None:
    english = [
        (where, text, words)
        for where, text in widget_texts(root)
        if (words := english_words(text, allowed))
    ]
    assert not english, "English in the Russian interface:\n" + "\n".join(
        f"{where}: {text[:120]!r} -> {words}" for where, text, words in english
    )


@pytest.fixture
def russian_ui(qapp):
    """The Russian interface as the app starts it: translators and the default locale."""
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    installed = install_translations(qapp, "ru_RU")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def russian_store(tmp_path, record_example):
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    for trainee, kind in (("Борис", "bad"), ("Борис", "good"), ("Вера", "good")):
        record_example(store, trainee, SCENARIO, kind)
    first = store.attempts_page(None, 0, 10)[-1]
    store.add_review(first.id, "Наставник", "Слишком резко.", {"tone": 20.0, "overall": 30.0})
    yield store
    store.close()


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _content_words(library) -> set[str]:
    """Latin words the Russian content itself uses ("Telegram", "API", "HTTP"): the
    scenario's words are its author's, not the interface's."""
    words: set[str] = set()
    for scenario in library.scenarios.values():
        for text in _strings(scenario.model_dump(exclude={"context": {"account"}})):
            words |= {w.casefold() for w in LATIN_WORD.findall(text)}
    return words


@pytest.fixture
def russian_library(bundled):
    """The bundled Russian scenarios and every rubric (the English interface's labels
    come from the English rubric, the Russian one's from the Russian rubric)."""
    return Library(
        rubrics=dict(bundled.rubrics),
        scenarios={k: s for k, s in bundled.scenarios.items() if s.language == "ru"},
    )


def test_every_widget_of_both_windows_speaks_russian(
    qtbot, russian_ui, settings, russian_library, russian_store
):
    from coach.gui.main_window import PracticeWindow
    from coach.gui.name_dialog import NameDialog
    from coach.gui.progress_dialog import ProgressDialog
    from coach.gui.settings import Prefs
    from coach.gui.settings_dialog import SettingsDialog
    from coach.gui.trainer.auth_dialog import TrainerAuthDialog
    from coach.gui.trainer.review_dialog import ReviewDialog
    from coach.gui.trainer.trainer_window import TrainerWindow

    bundled = russian_library
    allowed = ALLOWED | _content_words(bundled)
    settings.set(Prefs.trainee_name, "Анна")  # a name is the person's, not the interface's
    window = PracticeWindow(settings, store=russian_store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    assert window.library_panel.select(SCENARIO)
    window.open_scenario(SCENARIO)
    qtbot.waitUntil(lambda: window.session is not None)
    scenario = bundled.scenarios[SCENARIO]
    window.editor.setPlainText(scenario.examples.bad[0].text)
    window.request_score()
    qtbot.waitUntil(
        lambda: window.report is not None and bool(window.editor.marks()), timeout=15000
    )
    # The score panel and the editor's marks, as the trainee sees them while typing.
    assert_russian(window, allowed)
    tooltips = [m for m in window.editor.marks()]
    from coach.gui.reply_editor import tooltip_html

    for mark in tooltips:
        words = english_words(tooltip_html(mark, window.editor.dimension_labels), allowed)
        assert not words, (tooltip_html(mark, window.editor.dimension_labels), words)

    window.submit()
    qtbot.waitUntil(lambda: not window.writer.submitting, timeout=10000)
    assert window.stack.currentIndex() == 1
    assert_russian(window, allowed)

    for dialog in (
        SettingsDialog(settings, window),
        NameDialog(window),
        ProgressDialog(russian_store, "Борис", window, bundled),
        ProgressDialog(russian_store, "Никто", window, bundled),
        TrainerAuthDialog(russian_store, window, actor="Борис"),
    ):
        qtbot.addWidget(dialog)
        query = getattr(dialog, "query", None)
        if query is not None:  # read off the UI thread, "Загрузка…" until then
            assert_russian(dialog, allowed)
            qtbot.waitUntil(lambda q=query: not q.pending)
        assert_russian(dialog, allowed)

    trainer = TrainerWindow(russian_store, bundled, "Наставник", settings=settings)
    qtbot.addWidget(trainer)
    trainer.show()
    history = trainer.history
    assert_russian(trainer, allowed)  # the busy label while the first page is read
    qtbot.waitUntil(lambda: not history.loading, timeout=10_000)
    assert_russian(trainer, allowed)  # "All trainees": the chart's empty state
    history.trainee.setCurrentIndex(history.trainee.findData("Борис"))
    qtbot.waitUntil(lambda: not history.loading, timeout=10_000)
    for index in range(trainer.tabs.count()):
        trainer.tabs.setCurrentIndex(index)  # each tab fills itself when shown
        widget = trainer.tabs.widget(index)
        qtbot.waitUntil(lambda w=widget: not getattr(getattr(w, "query", None), "pending", 0))
    assert trainer.calibration.checks.rowCount() > 0
    assert_russian(trainer, allowed)
    attempt = russian_store.attempt(history.model.attempt_at(0).id)
    review = ReviewDialog(russian_store, attempt, bundled, "Наставник", trainer)
    qtbot.addWidget(review)
    assert_russian(review, allowed)
    trainer.close()
    window.close()


def test_numbers_and_dates_follow_the_russian_locale(qtbot, russian_ui, bundled, russian_store):
    from datetime import datetime

    from coach.gui.display_names import date_time, number
    from coach.gui.trainer.trainer_window import TrainerWindow

    assert number(58.6, 1) == "58,6"
    assert date_time(datetime(2025, 12, 1, 14, 30)) == "01.12.2025 14:30"
    trainer = TrainerWindow(russian_store, bundled, "Наставник")
    qtbot.addWidget(trainer)
    trainer.cohort.refresh()
    qtbot.waitUntil(lambda: not trainer.cohort.query.pending and not trainer.history.loading)
    mean = trainer.cohort.hardest.item(0, 2).text()
    assert re.fullmatch(r"\d+,\d", mean), mean
    when = trainer.history.model.index(0, 0).data()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", when), when
    assert trainer.history.since.displayFormat() == "dd.MM.yyyy"
    trainer.calibration.refresh()
    qtbot.waitUntil(lambda: not trainer.calibration.query.pending)
    shift = trainer.calibration.dimensions.item(0, 2).text()
    assert re.fullmatch(r"[+−]?\d+,\d", shift), shift


def test_dates_under_the_c_locale_are_iso(qapp):
    from datetime import datetime

    from coach.gui.display_names import date_format, date_time

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert date_time(datetime(2025, 12, 1, 9, 5)) == "2025-12-01 09:05"
        assert date_format() == "yyyy-MM-dd"
    finally:
        QLocale.setDefault(before)
