"""Application start-up: the practice window.

Until the full practice window lands (scenario library, highlights, score panel), this is
a minimal window over the real engine: pick a bundled scenario, type, and see the live
score and findings.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coach.content.library import Library
from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.scoring import load_library, score_reply

DEBOUNCE_MS = 150


class PracticeWindow(QMainWindow):
    """Scenario picker, customer message, reply editor and a live score summary."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Reply Coach"))
        self._library = library
        self._picker = QComboBox()
        self._picker.setAccessibleName(self.tr("Scenario"))
        for scenario in library.scenarios.values():
            self._picker.addItem(f"{scenario.title} ({scenario.language})", scenario.id)
        self._customer = QLabel()
        self._customer.setWordWrap(True)
        self._editor = QPlainTextEdit()
        self._editor.setAccessibleName(self.tr("Your reply"))
        self._editor.setPlaceholderText(self.tr("Write your reply to the customer here…"))
        self._score = QLabel()
        self._score.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_rescore)
        self._editor.textChanged.connect(self._timer.start)
        self._picker.currentIndexChanged.connect(self._on_scenario_changed)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self._picker)
        layout.addWidget(self._customer)
        layout.addWidget(self._editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._score)
        self.setCentralWidget(splitter)
        self.resize(1100, 700)
        self._on_scenario_changed()

    def _current(self) -> str | None:
        data = self._picker.currentData()
        return str(data) if data else None

    def _on_scenario_changed(self) -> None:
        scenario_id = self._current()
        if scenario_id is None:
            self._customer.setText(self.tr("No scenarios found."))
            return
        scenario = self._library.scenarios[scenario_id]
        self._customer.setText(f"<b>{scenario.persona.name}</b>: {scenario.turns[0].message}")
        self._on_rescore()

    def _on_rescore(self) -> None:
        scenario_id = self._current()
        if scenario_id is None:
            return
        scenario = self._library.scenarios[scenario_id]
        report = score_reply(
            self._editor.toPlainText(), self._library.rubrics[scenario.rubric], scenario
        )
        lines = [f"<h2>{report.overall:.0f} — {report.band}</h2>"]
        lines += [f"{name}: {value:.0f}" for name, value in report.dimensions.items()]
        lines += [f"<br>• {f.message}" for f in report.problems()]
        self._score.setText("<br>".join(lines))

    def score_text(self) -> str:
        return self._score.text()

    def editor(self) -> QPlainTextEdit:
        return self._editor


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    library = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
    window = PracticeWindow(library)
    window.show()
    return int(app.exec())
