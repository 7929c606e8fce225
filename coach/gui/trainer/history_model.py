"""Attempts as a table model, one page at a time (fetchMore), over the SQL store.

Pages are read off the UI thread (`StoreQuery`): a busy SQLite file or a slow team server
keeps a read waiting for seconds, and the trainer window must keep drawing meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.display_names import date_time, dimension_label, number, scenario_title
from coach.gui.workers import StoreQuery
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
    with a mark where a reviewer overrode the automatic score.

    Signals: loaded() — the first page for the filters of the latest `load` is shown;
    failed(str) — an expected store problem (locked, unreachable) stopped a read.
    """

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: SqlStore,
        parent: Any = None,
        library: Library | None = None,
        set_busy: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        # One query for loads and further pages: a new load drops a page still coming
        # for the filters before it.
        self._query = StoreQuery(self, set_busy or (lambda _busy: None))
        self.store = store
        self.library = library
        self.filters = HistoryFilter()
        self.order = Order.NEWEST
        self._rows: list[AttemptSummary] = []
        self._total = 0

    @property
    def loading(self) -> bool:
        """A read is running whose rows are not shown yet."""
        return self._query.pending

    def load(self, filters: HistoryFilter, order: Order = Order.NEWEST) -> None:
        """Read the first page for these filters off the UI thread; `loaded` once shown."""
        store = self.store
        self.filters, self.order = filters, order

        def read() -> tuple[int, list[AttemptSummary]]:
            return store.count_attempts(filters), store.attempts_page(filters, 0, PAGE, order)

        self._query.run(read, self._on_loaded, self._on_error)

    def _on_loaded(self, result: tuple[int, list[AttemptSummary]]) -> None:
        self.beginResetModel()
        self._total, self._rows = result
        self.endResetModel()
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            raise exc
        self.failed.emit(str(exc))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        # Not while a read runs: the view asks again as it scrolls, and a second request
        # for the same offset would add its rows twice.
        return not parent.isValid() and not self.loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.loading:
            return
        store, filters, order, offset = self.store, self.filters, self.order, len(self._rows)
        self._query.run(
            lambda: store.attempts_page(filters, offset, PAGE, order),
            self._on_page,
            self._on_error,
        )

    def _on_page(self, page: list[AttemptSummary]) -> None:
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
