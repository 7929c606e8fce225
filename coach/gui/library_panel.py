"""The scenario library: search, facet filters, the table, and the problems list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.content.issues import ContentIssue
from coach.content.moods import MOOD_IDS
from coach.content.scenario import Scenario
from coach.gui.facets import facet_label
from coach.gui.library_model import COLUMNS, ScenarioFilter, ScenarioIdRole, ScenarioTableModel
from coach.text.languages import codes

FACETS = {
    "category": ("technical", "customer", "product", "billing", "multilingual"),
    "tier": ("L1", "L2", "L3"),
    "language": codes(),
    "channel": ("email", "chat"),
    "mood": MOOD_IDS,
}


class LibraryPanel(QWidget):
    """Signals: scenario_selected(str) — the id of the scenario the trainee chose to open.

    Searching and filtering only narrow the list, and moving through it only selects a
    row: a scenario opens when the trainee asks (double-click, Enter, the Open button,
    Enter in the search box for the first match, or Next/Previous scenario). Typing "в"
    must not open a timed scenario and start its clock.
    """

    scenario_selected = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = ScenarioTableModel(self)
        self.proxy = ScenarioFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Search scenarios…"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self._on_search_return)

        filters = self._build_filters()
        self.table = self._build_table()

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected scenario (Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)

        self.problems_label = QLabel(self.tr("Problems in scenario files"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in scenario files"))
        self.problems_label.hide()
        self.problems.hide()

        open_row = QHBoxLayout()
        open_row.addStretch(1)
        open_row.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        # A margin of its own: the filters do not touch the window's edge.
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(open_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)

    def _build_filters(self) -> QGridLayout:
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
        return filters

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(self.tr("Scenarios"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        # Whole titles, wrapped onto a second line, rather than "Invoice without comp…".
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The facets are filters above (and in each row's tooltip); the table keeps what fits.
        for facet in ("category", "tier", "channel", "mood"):
            table.hideColumn(COLUMNS.index(facet))
        table.activated.connect(self._on_activated)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        return table

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
        """Select the scenario's row and open it (restoring the last one, tests)."""
        row = self.model.row_of(scenario_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.open_current()
        return True

    def step(self, delta: int) -> None:
        """Open the next/previous visible scenario (the Next/Previous scenario actions)."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else (current + delta) % count
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        self.open_current()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ScenarioIdRole)) if index.isValid() else None

    def open_current(self) -> None:
        scenario_id = self.current_id()
        if scenario_id is not None:
            self.scenario_selected.emit(scenario_id)

    def _on_search_text(self, text: str) -> None:
        self.proxy.set_text(text)
        # Keep a row selected so Enter and Open have something to open; selecting is
        # not opening.
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _on_search_return(self) -> None:
        """Enter in the search box opens the selected match (the first, unless the
        trainee moved to another)."""
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.open_current()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.scenario_selected.emit(str(index.data(ScenarioIdRole)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())
