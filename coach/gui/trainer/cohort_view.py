"""All trainees side by side, and the scenarios the cohort finds hardest."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.display_names import dimension_label, number, scenario_title
from coach.gui.trainer.history_model import DIMENSIONS
from coach.gui.workers import StoreQuery
from coach.store.cohort import ScenarioDifficulty, TraineeSummary, cohort_summary, hardest_scenarios
from coach.store.sql_store import SqlStore


class CohortView(QWidget):
    """`refresh` reads the cohort off the UI thread (a "Loading…" label meanwhile) and
    fills both tables when the answer comes."""

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
        self.busy = BusyLabel()
        self.query = StoreQuery(self, self.busy.set_busy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(QLabel(self.tr("Trainees (latest / best per dimension)")))
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Hardest scenarios for the cohort")))
        layout.addWidget(self.hardest, 1)

    def refresh(self) -> None:
        store = self.store
        ids = list(self.library.scenarios) if self.library else []
        self.query.run(
            lambda: (cohort_summary(store, ids), hardest_scenarios(store)),
            self._show,
            self._on_error,
        )

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            raise exc
        self.busy.show_problem(str(exc))

    def _show(self, result: tuple[list[TraineeSummary], list[ScenarioDifficulty]]) -> None:
        rows, hardest = result
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
