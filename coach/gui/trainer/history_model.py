"""Attempts as a table model, one page at a time (fetchMore), over the SQL store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coach.content.library import Library
from coach.gui.display_names import date_time, dimension_label, number, scenario_title
from coach.store.api import AttemptSummary
from coach.store.history import HistoryFilter, Order
from coach.store.sql_store import SqlStore

PAGE = 100
AttemptIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
FIXED = ("created", "trainee", "scenario", "turn", "overall")
DIMENSIONS = ("empathy", "clarity", "tone", "resolution")


class AttemptTableModel(QAbstractTableModel):
    """Rows are attempts (newest first by default); scores shown are the effective ones,
    with a mark where a reviewer overrode the automatic score."""

    def __init__(self, store: SqlStore, parent: Any = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self.filters = HistoryFilter()
        self.order = Order.NEWEST
        self._rows: list[AttemptSummary] = []
        self._total = 0

    def load(self, filters: HistoryFilter, order: Order = Order.NEWEST) -> None:
        """Show the first page for these filters."""
        self.beginResetModel()
        self.filters, self.order = filters, order
        self._total = self.store.count_attempts(filters)
        self._rows = self.store.attempts_page(filters, 0, PAGE, order)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        page = self.store.attempts_page(self.filters, len(self._rows), PAGE, self.order)
        if page:
            before = len(self._rows)
            self.beginInsertRows(QModelIndex(), before, before + len(page) - 1)
            self._rows += page
            self.endInsertRows()
        else:
            self._total = len(self._rows)  # rows went away meanwhile

    def attempt_at(self, row: int) -> AttemptSummary:
        return self._rows[row]

    def rows(self) -> list[AttemptSummary]:
        return list(self._rows)

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIXED) + len(DIMENSIONS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "created": self.tr("When"),
            "trainee": self.tr("Trainee"),
            "scenario": self.tr("Scenario"),
            "turn": self.tr("Turn"),
            "overall": self.tr("Overall"),
        }
        columns = (*FIXED, *DIMENSIONS)
        if not 0 <= section < len(columns):
            return None
        key = columns[section]
        return names.get(key) or dimension_label(key, self.library)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        attempt = self._rows[index.row()]
        columns = (*FIXED, *DIMENSIONS)
        key = columns[index.column()]
        if role == AttemptIdRole:
            return attempt.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(attempt, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("overall", *DIMENSIONS):
            automatic = attempt.overall if key == "overall" else attempt.dimensions.get(key)
            if automatic is not None:
                return self.tr("automatic score: {score}").format(score=number(automatic))
        if role == Qt.ItemDataRole.ToolTipRole and key == "scenario":
            return attempt.scenario_id  # the id, for a trainer looking for the YAML file
        return None

    def _display(self, attempt: AttemptSummary, key: str) -> str:
        if key == "created":
            return date_time(attempt.created_at)
        if key == "trainee":
            return attempt.trainee
        if key == "scenario":
            return scenario_title(attempt.scenario_id, self.library)
        if key == "turn":
            return str(attempt.turn + 1)
        if key == "overall":
            return _score(attempt.effective_overall, attempt.overall)
        value = attempt.effective_dimensions.get(key)
        return "" if value is None else _score(value, attempt.dimensions.get(key, value))


def _score(effective: float, automatic: float) -> str:
    mark = " ✎" if abs(effective - automatic) > 0.05 else ""
    return f"{effective:.0f}{mark}"
