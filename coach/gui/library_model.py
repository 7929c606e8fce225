"""Table model over the scenario library (a thin adapter: roles only, no logic)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from coach.content.scenario import Scenario
from coach.gui.facets import facet_label

ScenarioIdRole = Qt.ItemDataRole.UserRole + 1
FacetRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
VIP_BADGE = "★"
VIP_COLOUR = "#b8860b"  # dark goldenrod: legible on white, reads as a badge
COLUMNS = ("title", "vip", "language", "category", "tier", "channel", "mood", "best")


def _headers() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("library", "Scenario"),
        "vip": QCoreApplication.translate("library", "VIP"),
        "language": QCoreApplication.translate("library", "Lang"),
        "category": QCoreApplication.translate("library", "Category"),
        "tier": QCoreApplication.translate("library", "Tier"),
        "channel": QCoreApplication.translate("library", "Channel"),
        "mood": QCoreApplication.translate("library", "Mood"),
        "best": QCoreApplication.translate("library", "Best"),
    }


class ScenarioTableModel(QAbstractTableModel):
    """Rows are scenarios; the `best` column shows the trainee's best score so far."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Scenario] = []
        self._best: dict[str, float] = {}

    def set_scenarios(self, scenarios: list[Scenario], best: dict[str, float]) -> None:
        self.beginResetModel()
        self._rows = list(scenarios)
        self._best = dict(best)
        self.endResetModel()

    def set_best(self, best: dict[str, float]) -> None:
        self._best = dict(best)
        if self._rows:
            column = COLUMNS.index("best")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def scenario_at(self, row: int) -> Scenario:
        return self._rows[row]

    def row_of(self, scenario_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == scenario_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if not horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # The VIP column is a badge column, as narrow as its star: the title keeps the
            # width. Its name is in the tooltip and for screen readers.
            return VIP_BADGE if column == "vip" else _headers()[column]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "vip":
                return _vip_text()
            return _headers()[column]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        scenario = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ScenarioIdRole:
            return scenario.id
        if role == FacetRole:
            return _facet(scenario, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "best":
                best = self._best.get(scenario.id)
                return "" if best is None else f"{best:.0f}"
            if column == "vip":
                return VIP_BADGE if scenario.persona.vip else ""
            return _facet(scenario, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "vip":
            return _vip_text() if scenario.persona.vip else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == "vip" and scenario.persona.vip:
            return QColor(VIP_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            facets = " · ".join(
                (
                    facet_label(scenario.category),
                    scenario.tier,
                    facet_label(scenario.channel),
                    facet_label(scenario.persona.mood),
                )
            )
            vip = f"{_vip_text()} · " if scenario.persona.vip else ""
            return f"{scenario.title}\n{vip}{facets}\n\n{scenario.brief or ''}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "best":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("vip", "language"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _vip_text() -> str:
    return QCoreApplication.translate("library", "VIP customer")


def _facet(scenario: Scenario, column: str) -> str:
    values = {
        "title": scenario.title,
        # A column of its own, not a "★" before the title: VIP scenarios sort by title
        # with the others, and the column sorts them together when the trainee asks.
        "vip": QCoreApplication.translate("library", "VIP") if scenario.persona.vip else "",
        "language": scenario.language,
        "category": scenario.category,
        "tier": scenario.tier,
        "channel": scenario.channel,
        "mood": scenario.persona.mood,
        "best": "",
    }
    return values[column]


class ScenarioFilter(QSortFilterProxyModel):
    """Filters by facet (category, tier, language, channel, mood) and free text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._facets: dict[str, str] = {}
        self._text = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_facet(self, column: str, value: str) -> None:
        self.beginFilterChange()
        if value:
            self._facets[column] = value
        else:
            self._facets.pop(column, None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ScenarioTableModel):
            return True
        scenario = model.scenario_at(row)
        for column, value in self._facets.items():
            if _facet(scenario, column) != value:
                return False
        if not self._text:
            return True
        haystack = " ".join(
            [
                scenario.title,
                scenario.id,
                scenario.brief or "",
                scenario.persona.name,
                *scenario.tags,
            ]
        ).lower()
        return all(word in haystack for word in self._text.split())
