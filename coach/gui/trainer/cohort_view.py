"""All trainees side by side, and the scenarios the cohort finds hardest."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coach.content.library import Library
from coach.gui.display_names import dimension_label, number, scenario_title
from coach.gui.trainer.history_model import DIMENSIONS
from coach.store.cohort import cohort_summary, hardest_scenarios
from coach.store.sql_store import SqlStore


class CohortView(QWidget):
    def __init__(self, store: SqlStore, library: Library | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Cohort"))
        self.table.verticalHeader().hide()
        self.hardest = QTableWidget()
        self.hardest.setAccessibleName(self.tr("Hardest scenarios"))
        self.hardest.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Trainees (latest / best per dimension)")))
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Hardest scenarios for the cohort")))
        layout.addWidget(self.hardest, 1)

    def refresh(self) -> None:
        ids = list(self.library.scenarios) if self.library else []
        rows = cohort_summary(self.store, ids)
        headers = [
            self.tr("Trainee"),
            self.tr("Attempts"),
            self.tr("Latest"),
            self.tr("Best"),
            *[dimension_label(d, self.library) for d in DIMENSIONS],
            self.tr("Weakest"),
            self.tr("Never attempted"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                row.trainee,
                str(row.attempts),
                number(row.latest_overall),
                number(row.best_overall),
                *[
                    f"{number(row.latest.get(d, 0))} / {number(row.best.get(d, 0))}"
                    for d in DIMENSIONS
                ],
                # None when no dimension is lower than the others (all at 100, say).
                dimension_label(row.weakest_dimension, self.library)
                if row.weakest_dimension
                else "—",
                str(len(row.never_attempted)),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == len(cells) - 1 and row.never_attempted:
                    item.setToolTip(
                        "\n".join(scenario_title(i, self.library) for i in row.never_attempted)
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        hardest = hardest_scenarios(self.store)
        self.hardest.setColumnCount(3)
        self.hardest.setHorizontalHeaderLabels(
            [self.tr("Scenario"), self.tr("Attempts"), self.tr("Mean overall")]
        )
        self.hardest.setRowCount(len(hardest))
        for r, scenario in enumerate(hardest):
            for c, text in enumerate(
                (
                    scenario_title(scenario.scenario_id, self.library),
                    str(scenario.attempts),
                    number(scenario.mean_overall, 1),
                )
            ):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setToolTip(scenario.scenario_id)
                self.hardest.setItem(r, c, item)
        self.hardest.resizeColumnsToContents()
