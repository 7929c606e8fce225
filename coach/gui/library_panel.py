"""The scenario library: search, facet filters, the table, and the problems list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.content.issues import ContentIssue
from coach.content.moods import MOOD_IDS
from coach.content.scenario import Scenario
from coach.gui.facets import facet_label
from coach.gui.library_model import COLUMNS, ScenarioFilter, ScenarioIdRole, ScenarioTableModel

FACETS = {
    "category": ("technical", "customer", "product", "billing", "multilingual"),
    "tier": ("L1", "L2", "L3"),
    "language": ("en", "ru"),
    "channel": ("email", "chat"),
    "mood": MOOD_IDS,
}


class LibraryPanel(QWidget):
    """Signals: scenario_selected(str) — the id of the scenario the trainee picked."""

    scenario_selected = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = ScenarioTableModel(self)
        self.proxy = ScenarioFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Search scenarios…"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)

        filters = QGridLayout()
        self.facet_boxes: dict[str, QComboBox] = {}
        labels = {
            "category": self.tr("Category"),
            "tier": self.tr("Tier"),
            "language": self.tr("Language"),
            "channel": self.tr("Channel"),
            "mood": self.tr("Mood"),
        }
        for i, (facet, values) in enumerate(FACETS.items()):
            box = QComboBox()
            box.setAccessibleName(labels[facet])
            box.addItem(self.tr("All"), "")
            for value in values:
                box.addItem(facet_label(value), value)
            box.currentIndexChanged.connect(
                lambda _i, f=facet, b=box: self.proxy.set_facet(f, b.currentData())
            )
            self.facet_boxes[facet] = box
            filters.addWidget(QLabel(labels[facet]), i // 2, (i % 2) * 2)
            filters.addWidget(box, i // 2, (i % 2) * 2 + 1)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The facets are filters above (and in each row's tooltip); the table keeps what fits.
        for facet in ("category", "tier", "channel", "mood"):
            self.table.hideColumn(COLUMNS.index(facet))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.problems_label = QLabel(self.tr("Problems in scenario files"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in scenario files"))
        self.problems_label.hide()
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)

    def set_content(
        self, scenarios: list[Scenario], issues: list[ContentIssue], best: dict[str, float]
    ) -> None:
        self.model.set_scenarios(scenarios, best)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.problems.clear()
        for issue in issues:
            self.problems.addItem(str(issue))
        self.problems_label.setVisible(bool(issues))
        self.problems.setVisible(bool(issues))

    def select(self, scenario_id: str) -> bool:
        row = self.model.row_of(scenario_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        return True

    def step(self, delta: int) -> None:
        """Move to the next/previous visible scenario."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else (current + delta) % count
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.scenario_selected.emit(str(current.data(ScenarioIdRole)))
