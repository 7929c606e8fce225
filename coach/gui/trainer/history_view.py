"""A trainee's history: filters, the attempts table, the chart, review and exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.dialogs import Dialogs
from coach.gui.display_names import date_format
from coach.gui.facets import facet_label
from coach.gui.settings import Settings
from coach.gui.trainer.export import export_csv, report_html, write_pdf
from coach.gui.trainer.history_model import AttemptIdRole, AttemptTableModel
from coach.gui.trainer.review_dialog import ReviewDialog
from coach.gui.trainer.score_chart import ScoreChart, print_chart
from coach.gui.workers import StoreQuery
from coach.store.api import AttemptSummary
from coach.store.history import HistoryFilter, Order, StoredAttempt
from coach.store.reviews import Review
from coach.store.sql_store import SqlStore

CHART_LIMIT = 1000


def _start_of(day: QDate) -> datetime:
    """Local midnight at the start of `day` (the store converts local times to UTC)."""
    return datetime(day.year(), day.month(), day.day())


class HistoryView(QWidget):
    """Signals: reviewer_changed(str) — a review was signed with another name than before.

    Every read of the store runs off the UI thread (`StoreQuery`); `busy` says "Loading…"
    meanwhile and `loading` is True until every answer asked for is shown.
    """

    reviewer_changed = Signal(str)

    # A form's constructor lists its widgets; splitting it would only scatter the layout.
    def __init__(  # noqa: PLR0915
        self,
        store: SqlStore,
        library: Library | None,
        parent: Any = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.settings = settings  # remembers the export folder; None in some tests
        self.reviewer = ""
        self.busy = BusyLabel()
        self.model = AttemptTableModel(store, self, library, self.busy.set_busy)
        self.model.loaded.connect(self._on_page_loaded)
        self.model.failed.connect(self.busy.show_problem)
        self._chart_query = StoreQuery(self, self.busy.set_busy)
        self._choices_query = StoreQuery(self, self.busy.set_busy)
        self._export_query = StoreQuery(self, self.busy.set_busy)
        self._review_query = StoreQuery(self, self.busy.set_busy)
        self.trainee = QComboBox()
        self.trainee.setAccessibleName(self.tr("Trainee"))
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.tier = QComboBox()
        self.tier.setAccessibleName(self.tr("Tier"))
        self.since = QDateEdit(QDate.currentDate().addYears(-1))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To"))
        for date_edit in (self.since, self.until):
            date_edit.setDisplayFormat(date_format())  # the locale's, not "1 12 2025" under C
        self.order = QComboBox()
        for label, order in (
            (self.tr("Newest first"), Order.NEWEST),
            (self.tr("Oldest first"), Order.OLDEST),
            (self.tr("Best first"), Order.BEST),
            (self.tr("Worst first"), Order.WORST),
        ):
            self.order.addItem(label, order.value)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Attempts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.review_selected())
        # The store sorts (100 000 rows never come to the client): "When" and "Overall"
        # headers switch between the orders it offers.
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.chart = ScoreChart(library=library)
        review = QPushButton(self.tr("Review…"))
        review.clicked.connect(self.review_selected)
        csv_button = QPushButton(self.tr("Export CSV…"))
        csv_button.clicked.connect(self._on_export_csv)
        pdf_button = QPushButton(self.tr("PDF report…"))
        pdf_button.clicked.connect(self._on_export_pdf)

        filters = QGridLayout()
        for column, (label, widget) in enumerate(
            (
                (self.tr("Trainee"), self.trainee),
                (self.tr("Scenario"), self.scenario),
                (self.tr("Category"), self.category),
                (self.tr("Tier"), self.tier),
            )
        ):
            filters.addWidget(QLabel(label), 0, column)
            filters.addWidget(widget, 1, column)
        for column, (label, edit) in enumerate(
            (
                (self.tr("From"), self.since),
                (self.tr("To"), self.until),
                (self.tr("Order"), self.order),
            )
        ):
            filters.addWidget(QLabel(label), 2, column)
            filters.addWidget(edit, 3, column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (review, csv_button, pdf_button):
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.busy)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._fill_choices()
        for combo in (self.trainee, self.scenario, self.category, self.tier, self.order):
            combo.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.refresh()

    def _fill_choices(self) -> None:
        self.trainee.addItem(self.tr("All trainees"), None)
        store = self.store
        self._choices_query.run(store.trainees, self._add_trainees, self._on_error)
        self.scenario.addItem(self.tr("All scenarios"), None)
        scenarios = (
            sorted(self.library.scenarios.values(), key=lambda s: (s.title.casefold(), s.id))
            if self.library
            else []
        )
        for scenario in scenarios:
            self.scenario.addItem(scenario.title, scenario.id)
            self.scenario.setItemData(
                self.scenario.count() - 1, scenario.id, Qt.ItemDataRole.ToolTipRole
            )
        self.category.addItem(self.tr("All"), None)
        for category in sorted({s.category for s in scenarios}):
            self.category.addItem(facet_label(category), category)
        self.tier.addItem(self.tr("All"), None)
        for tier in sorted({s.tier for s in scenarios}):
            self.tier.addItem(tier, tier)

    def _add_trainees(self, names: list[str]) -> None:
        # Appended after "All trainees" (the current choice): no refresh is triggered.
        for name in names:
            self.trainee.addItem(name, name)

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            raise exc
        self.busy.show_problem(str(exc))

    @property
    def loading(self) -> bool:
        """Some read is still running (the table, the chart, the trainee list, a report)."""
        return self.busy.busy

    def current_filter(self) -> HistoryFilter:
        scenario_ids: frozenset[str] | None = None
        category, tier = self.category.currentData(), self.tier.currentData()
        if (category or tier) and self.library is not None:
            scenario_ids = frozenset(
                s.id
                for s in self.library.scenarios.values()
                if (not category or s.category == category) and (not tier or s.tier == tier)
            )
        return HistoryFilter(
            trainee=self.trainee.currentData(),
            scenario_id=self.scenario.currentData(),
            scenario_ids=scenario_ids,
            since=_start_of(self.since.date()),
            until=_start_of(self.until.date().addDays(1)),
        )

    def refresh(self) -> None:
        filters = self.current_filter()
        self.model.load(filters, Order(self.order.currentData() or Order.NEWEST.value))
        trainee = self.trainee.currentData()
        if trainee:
            store = self.store
            self._chart_query.run(
                lambda: store.attempts_page(filters, 0, CHART_LIMIT, Order.OLDEST),
                self._show_chart,
                self._on_error,
            )
        else:
            # One line per trainee would be unreadable; say how to get a chart.
            self.chart.show_attempts(
                [], self.tr("Choose a trainee above to see their scores over time.")
            )

    def _on_page_loaded(self) -> None:
        self.count.setText(self.tr("{n} attempts").format(n=self.model.total()))

    def _show_chart(self, attempts: list[AttemptSummary]) -> None:
        self.chart.show_attempts(
            attempts, self.tr("No attempts of this trainee match the filters.")
        )

    def _on_header_clicked(self, section: int) -> None:
        pairs = {0: (Order.NEWEST, Order.OLDEST), 4: (Order.BEST, Order.WORST)}
        if section not in pairs:
            return
        first, second = pairs[section]
        chosen = second if self.order.currentData() == first.value else first
        self.order.setCurrentIndex(self.order.findData(chosen.value))

    def review_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            Dialogs.error(self, self.tr("Select an attempt to review."))
            return
        attempt_id, store = int(index.data(AttemptIdRole)), self.store
        # The reply, its findings and its reviews: read off the UI thread ("Loading…").
        self._review_query.run(lambda: store.attempt(attempt_id), self._open_review, self._on_error)

    def _open_review(self, attempt: StoredAttempt | None) -> None:
        if attempt is None:
            Dialogs.error(self, self.tr("This attempt is no longer in the history database."))
            return
        dialog = ReviewDialog(self.store, attempt, self.library, self.reviewer, self)
        self.last_review_dialog = dialog
        # A bound method, not a lambda holding the dialog: that would be a reference cycle
        # keeping the dialog (and its store) alive until the garbage collector runs.
        dialog.accepted.connect(self._on_review_saved)
        if Dialogs.non_blocking:
            dialog.show()
            return
        if dialog.exec():
            self.refresh()

    def _on_review_saved(self) -> None:
        """Remember who signed the review for the next one (and the next session)."""
        reviewer = self.last_review_dialog.reviewer.text().strip()
        if reviewer and reviewer != self.reviewer:
            self.reviewer = reviewer
            self.reviewer_changed.emit(reviewer)

    def _on_export_csv(self) -> None:
        path = Dialogs.save_file(
            self, self.tr("Export CSV"), "attempts.csv", "CSV (*.csv)", self.settings
        )
        if path is None:
            return
        store, filters = self.store, self.current_filter()

        def written(rows: int) -> None:
            Dialogs.info(
                self,
                self.tr("Export"),
                self.tr("{n} attempts written to {path}.").format(n=rows, path=path),
            )

        # Writing the file too: it only streams rows from the store, no widget is touched.
        self._export_query.run(lambda: export_csv(store, filters, path), written, self._on_error)

    def _on_export_pdf(self) -> None:
        trainee = self.trainee.currentData()
        if not trainee:
            Dialogs.error(self, self.tr("Choose a trainee for the progress report."))
            return
        path = Dialogs.save_file(
            self, self.tr("PDF report"), f"{trainee}.pdf", "PDF (*.pdf)", self.settings
        )
        if path is None:
            return

        def written(count: int) -> None:
            # As the CSV export does: say what was written and where.
            Dialogs.info(
                self,
                self.tr("PDF report"),
                self.tr("Progress report with {n} attempts written to {path}.").format(
                    n=count, path=path
                ),
            )

        self.write_report(path, written)

    def write_report(self, path: Path, on_written: Callable[[int], None]) -> None:
        """Write the selected trainee's progress report, then `on_written(attempts)`.

        The attempts and all their reviews are read off the UI thread in two queries
        (not one per attempt); the chart and the PDF are drawn here, on the UI thread,
        where Qt's painting and fonts are safe to use.
        """
        trainee = self.trainee.currentData()
        filters, store = self.current_filter(), self.store

        def read() -> tuple[list[AttemptSummary], dict[int, list[Review]]]:
            attempts = store.attempts_page(filters, 0, CHART_LIMIT, Order.OLDEST)
            return attempts, store.reviews_of([a.id for a in attempts])

        def write(result: tuple[list[AttemptSummary], dict[int, list[Review]]]) -> None:
            attempts, reviews = result
            # Drawn for print at the page's size, not grabbed from the screen (whose text
            # shrank to about 4 pt on the page).
            chart = print_chart(attempts, self.library) if attempts else None
            write_pdf(path, report_html(str(trainee), attempts, reviews, chart, self.library))
            on_written(len(attempts))

        self._export_query.run(read, write, self._on_error)
