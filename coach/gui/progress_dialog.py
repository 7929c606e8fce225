"""The trainee's own progress: their attempts over time (their own history only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.display_names import number
from coach.gui.trainer.score_chart import ScoreChart
from coach.gui.workers import StoreQuery
from coach.store import HistoryFilter, Order, SqlStore
from coach.store.api import AttemptSummary

LIMIT = 1000


class ProgressDialog(QDialog):
    """Opens at once with "Loading…"; the attempts are read off the UI thread (a busy
    database may keep the read waiting for seconds) and drawn when they arrive."""

    def __init__(
        self, store: SqlStore, trainee: str, parent: Any = None, library: Library | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My progress"))
        self.resize(820, 480)
        self.chart = ScoreChart(library=library)
        self.summary = QLabel()
        self.busy = BusyLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        self.query = StoreQuery(self, self.busy.set_busy)
        self.query.run(
            lambda: store.attempts_page(HistoryFilter(trainee=trainee), 0, LIMIT, Order.OLDEST),
            self._show,
            self._on_error,
        )

    def _show(self, attempts: list[AttemptSummary]) -> None:
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
        self.summary.setText(summary)

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            raise exc
        self.busy.show_problem(str(exc))
