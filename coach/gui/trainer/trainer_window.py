"""The trainer's window: history and review, cohort overview, calibration."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QTabWidget

from coach.content.library import Library
from coach.gui.trainer.calibration_view import CalibrationView
from coach.gui.trainer.cohort_view import CohortView
from coach.gui.trainer.history_view import HistoryView
from coach.store.sql_store import SqlStore


class TrainerWindow(QMainWindow):
    def __init__(
        self, store: SqlStore, library: Library | None, reviewer: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply Coach — trainer"))
        self.resize(1200, 800)
        self.history = HistoryView(store, library)
        self.history.reviewer = reviewer
        self.cohort = CohortView(store, library)
        self.calibration = CalibrationView(store, library)
        tabs = QTabWidget()
        tabs.addTab(self.history, self.tr("History and review"))
        tabs.addTab(self.cohort, self.tr("Cohort"))
        tabs.addTab(self.calibration, self.tr("Calibration"))
        tabs.currentChanged.connect(self._on_tab)
        self.tabs = tabs
        self.setCentralWidget(tabs)

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
