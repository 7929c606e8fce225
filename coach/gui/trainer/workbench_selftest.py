"""The workbench's selftest table: one row per trainer example of the scenario.

A thin adapter over `coach.scoring.selftest.ScenarioResult`: the verdicts come from the
core; this only turns them into rows, colours and tooltips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coach.scoring.selftest import ExampleResult, ScenarioResult

Index = QModelIndex | QPersistentModelIndex

PASS_COLOUR = QColor("#2b8a3e")
FAIL_COLOUR = QColor("#c92a2a")


class SelftestModel(QAbstractTableModel):
    """Columns: example, good or bad, overall score, band, the dimensions a bad example
    must fail (`fails:`), and pass or fail with the reasons as the tooltip."""

    EXAMPLE, KIND, SCORE, BAND, FAILS, RESULT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._examples: list[ExampleResult] = []

    def set_result(self, result: ScenarioResult | None) -> None:
        self.beginResetModel()
        self._examples = list(result.examples) if result is not None else []
        self.endResetModel()

    def example(self, row: int) -> ExampleResult:
        return self._examples[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self._examples)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Example"),
            self.tr("Kind"),
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Must fail on"),
            self.tr("Result"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._examples):
            return None
        example = self._examples[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(example, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            return QBrush(PASS_COLOUR if example.passed else FAIL_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and example.problems:
            return "\n".join(example.problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, example: ExampleResult, column: int) -> str:
        if column == self.EXAMPLE:
            return example.example_id
        if column == self.KIND:
            return self.tr("good") if example.kind == "good" else self.tr("bad")
        if column == self.SCORE:
            return f"{example.report.overall:.1f}"
        if column == self.BAND:
            return example.report.band
        if column == self.FAILS:
            return ", ".join(example.fails)
        return self.tr("pass") if example.passed else self.tr("FAIL")
