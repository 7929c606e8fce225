"""Where reviewers disagree with each other and with the automatic score."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coach.content.library import Library
from coach.store.calibration import calibration
from coach.store.sql_store import SqlStore


class CalibrationView(QWidget):
    def __init__(self, store: SqlStore, library: Library | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.dimensions = QTableWidget()
        self.dimensions.setAccessibleName(self.tr("Agreement per dimension"))
        self.dimensions.verticalHeader().hide()
        self.checks = QTableWidget()
        self.checks.setAccessibleName(self.tr("Agreement per rubric check"))
        self.checks.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Per dimension")))
        layout.addWidget(self.dimensions, 1)
        layout.addWidget(QLabel(self.tr("Per rubric check (largest disagreement first)")))
        layout.addWidget(self.checks, 2)

    def refresh(self) -> None:
        result = calibration(self.store)
        self.summary.setText(
            self.tr(
                "{n} reviewed attempts. Shift = reviewers' score minus the automatic one: "
                "positive means the automatic score is too harsh, negative too lenient."
            ).format(n=result.reviewed_attempts)
        )
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
                    d.dimension,
                    str(d.reviews),
                    f"{d.mean_shift:+.1f}",
                    f"{d.mean_distance:.1f}",
                    "" if d.reviewer_spread is None else f"{d.reviewer_spread:.1f}",
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
                    c.check_id,
                    c.dimension,
                    str(c.attempts),
                    f"{c.mean_shift:+.1f}",
                    f"{c.mean_distance:.1f}",
                ]
                for c in result.checks
            ],
        )

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
