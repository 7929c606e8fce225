"""The trainee's own progress: their attempts over time (their own history only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from coach.content.library import Library
from coach.gui.display_names import number
from coach.gui.trainer.score_chart import ScoreChart
from coach.store import HistoryFilter, Order, SqlStore

LIMIT = 1000


class ProgressDialog(QDialog):
    def __init__(
        self, store: SqlStore, trainee: str, parent: Any = None, library: Library | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My progress"))
        self.resize(820, 480)
        attempts = store.attempts_page(HistoryFilter(trainee=trainee), 0, LIMIT, Order.OLDEST)
        self.chart = ScoreChart(library=library)
        self.chart.show_attempts(
            attempts, self.tr("Your scores appear here after your first submitted reply.")
        )
        if attempts:
            best = max(a.effective_overall for a in attempts)
            summary = self.tr("{n} attempts, best {best}, latest {latest}").format(
                n=len(attempts),
                best=number(best),
                latest=number(attempts[-1].effective_overall),
            )
        else:
            summary = self.tr("No attempts yet: submit a reply to start your history.")
        self.summary = QLabel(summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
