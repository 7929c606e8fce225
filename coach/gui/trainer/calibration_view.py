"""Where reviewers disagree with each other and with the automatic score."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.display_names import (
    check_label,
    check_reference,
    check_text,
    dimension_label,
    number,
    signed,
)
from coach.gui.workers import StoreQuery
from coach.store.calibration import Calibration, calibration
from coach.store.sql_store import SqlStore


class CalibrationView(QWidget):
    """Agreement per dimension and per rubric check, by the rubric's own words; with no
    overriding review yet, a hint on how to get figures instead of two empty tables."""

    def __init__(self, store: SqlStore, library: Library | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty_hint = QLabel(
            self.tr(
                "No review has overridden a score yet. Override a score in History and "
                "review: this tab then shows where reviewers and the automatic score disagree."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setObjectName("emptyHint")
        self.dimensions = QTableWidget()
        self.dimensions.setAccessibleName(self.tr("Agreement per dimension"))
        self.dimensions.verticalHeader().hide()
        self.checks = QTableWidget()
        self.checks.setAccessibleName(self.tr("Agreement per rubric check"))
        self.checks.verticalHeader().hide()
        self.busy = BusyLabel()
        self.query = StoreQuery(self, self.busy.set_busy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_hint)
        layout.addWidget(QLabel(self.tr("Per dimension")))
        layout.addWidget(self.dimensions, 1)
        layout.addWidget(QLabel(self.tr("Per rubric check (largest disagreement first)")))
        layout.addWidget(self.checks, 2)
        self.empty_hint.hide()  # until `refresh` (on showing the tab) knows

    def refresh(self) -> None:
        """Read the figures off the UI thread ("Loading…" meanwhile), then fill the tables."""
        store = self.store
        self.query.run(lambda: calibration(store), self._show, self._on_error)

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            raise exc
        self.busy.show_problem(str(exc))

    def _show(self, result: Calibration) -> None:
        self.summary.setText(
            self.tr(
                "{n} reviewed attempts. Shift = reviewers' score minus the automatic one: "
                "positive means the automatic score is too harsh, negative too lenient."
            ).format(n=result.reviewed_attempts)
        )
        self.empty_hint.setVisible(not result.dimensions and not result.checks)
        self._fill(
            self.dimensions,
            [
                self.tr("Dimension"),
                self.tr("Reviews"),
                self.tr("Mean shift"),
                self.tr("Mean distance"),
                self.tr("Reviewer spread"),
            ],
            [
                [
                    dimension_label(d.dimension, self.library),
                    str(d.reviews),
                    signed(d.mean_shift),
                    number(d.mean_distance, 1),
                    "" if d.reviewer_spread is None else number(d.reviewer_spread, 1),
                ]
                for d in result.dimensions
            ],
        )
        self._fill(
            self.checks,
            [
                self.tr("Check"),
                self.tr("Dimension"),
                self.tr("Attempts"),
                self.tr("Mean shift"),
                self.tr("Mean distance"),
            ],
            [
                [
                    check_label(c.check_id, self.library),
                    dimension_label(c.dimension, self.library),
                    str(c.attempts),
                    signed(c.mean_shift),
                    number(c.mean_distance, 1),
                ]
                for c in result.checks
            ],
            # The whole text of the check, and its id for the trainer editing the rubric.
            [
                f"{check_text(c.check_id, self.library)}\n"
                f"{check_reference(c.check_id, self.library)}"
                for c in result.checks
            ],
        )

    @staticmethod
    def _fill(
        table: QTableWidget,
        headers: list[str],
        rows: list[list[str]],
        tooltips: list[str] | None = None,
    ) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 0 and tooltips is not None:
                    item.setToolTip(tooltips[r])
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
