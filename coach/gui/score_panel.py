"""The score panel: overall and band, one bar per dimension, the findings, the rewrite.

Signals: finding_activated(int) — index into the shown findings;
use_rewrite() — the trainee asked to replace their reply with the suggested rewrite.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach.gui.colours import POSITIVE, dimension_colour
from coach.rephrase.diff import DiffOp
from coach.rephrase.suggestions import elide
from coach.scoring.report import Finding, ScoreReport
from coach.text.languages import core_message

# Glyphs every common UI font has (DejaVu, Noto, Segoe UI), so none renders as a box.
# A reply at (or rounded to) the top of the scale has nothing a rewrite could improve.
TOP_SCORE = 99.5
# A long sentence is shortened in the note on what holds the score (the finding has it all).
QUOTE_CHARS = 90

SEVERITY_MARK = {"critical": "✖", "major": "●", "minor": "○", "info": "·", "positive": "✓"}


class ScorePanel(QWidget):
    finding_activated = Signal(int)
    use_rewrite = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overall = QLabel("–")
        self.overall.setAccessibleName(self.tr("Overall score"))
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.overall.setFont(font)
        self.band = QLabel("")
        self.band.setAccessibleName(self.tr("Score band"))
        # Why the overall sits below the dimension bars: a capped reply's bars can all be
        # high (a forbidden promise in an otherwise excellent reply).
        self.held = QLabel("")
        self.held.setWordWrap(True)
        self.held.hide()
        self.bars_form = QFormLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.bar_labels: dict[str, QLabel] = {}
        self.findings = QListWidget()
        self.findings.setAccessibleName(self.tr("Findings"))
        self.findings.setWordWrap(True)
        self.findings.currentRowChanged.connect(self._on_row)
        self.rewrite_view = QTextBrowser()
        self.rewrite_view.setAccessibleName(self.tr("Suggested rewrite"))
        self.rewrite_button = QPushButton(self.tr("Use this rewrite"))
        self.rewrite_button.setEnabled(False)
        self.rewrite_button.clicked.connect(self.use_rewrite)
        self.rewrite_label = QLabel(self.tr("Suggested rewrite"))
        self.note = QLabel("")
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.overall, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.band, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.held)
        layout.addLayout(self.bars_form)
        layout.addWidget(QLabel(self.tr("Findings")))
        layout.addWidget(self.findings, 3)
        layout.addWidget(self.rewrite_label)
        layout.addWidget(self.rewrite_view, 2)
        layout.addWidget(self.rewrite_button)
        layout.addWidget(self.note)
        self._shown: list[Finding] = []

    def show_empty(self) -> None:
        """No reply yet: no score, no "0 Poor" for a reply nobody has written."""
        self.overall.setText("–")
        self.band.setText(self.tr("Start typing: your scores appear here."))
        self.held.hide()
        for name, bar in self.bars.items():
            bar.hide()
            self.bar_labels[name].hide()
        self._shown = []
        self.findings.clear()
        self.note.setText("")
        self.show_rewrite(None, 0, 0)

    def show_report(self, report: ScoreReport, labels: dict[str, str]) -> None:
        self.overall.setText(f"{report.overall:.0f}")
        self.band.setText(report.band)
        self.held.setText(held_by(report))
        self.held.setVisible(bool(self.held.text()))
        for name, value in report.dimensions.items():
            bar = self.bars.get(name)
            if bar is None:
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
                bar.setAccessibleName(labels.get(name, name))
                bar.setStyleSheet(
                    f"QProgressBar::chunk {{ background: {dimension_colour(name).name()}; }}"
                )
                self.bars[name] = bar
                self.bar_labels[name] = QLabel()
                self.bars_form.addRow(self.bar_labels[name], bar)
            # Rubrics name their dimensions in their own language; a scenario switch may
            # bring another rubric.
            self.bar_labels[name].setText(labels.get(name, name.title()))
            self.bar_labels[name].show()
            bar.show()
            bar.setAccessibleName(labels.get(name, name))
            bar.setValue(round(value))
            bar.setFormat(f"{value:.0f}")
        self._shown = list(report.findings)
        self.findings.blockSignals(True)
        self.findings.clear()
        for finding in self._shown:
            item = QListWidgetItem(f"{SEVERITY_MARK[finding.severity]} {finding.message}")
            colour = POSITIVE if finding.is_positive else dimension_colour(finding.dimension)
            item.setForeground(QBrush(colour))
            item.setToolTip(labels.get(finding.dimension, finding.dimension))
            self.findings.addItem(item)
        self.findings.blockSignals(False)
        self.note.setText(report.spelling_note)

    def shown_findings(self) -> list[Finding]:
        return list(self._shown)

    def show_rewrite(
        self, diff: list[DiffOp] | None, before: float, after: float, reason: str = ""
    ) -> None:
        """Show the rewrite as a diff, or why none is offered (`reason`, from the core, in
        the reply's language)."""
        if diff is None and not reason:  # nothing written: nothing to rewrite, nothing to say
            self.rewrite_view.setHtml("")
            self.rewrite_button.setEnabled(False)
            return
        if diff is None or after <= before or reason:
            # A blank box reads as broken; say why there is no rewrite.
            if before >= TOP_SCORE:
                nothing = self.tr("Nothing to improve: the reply already scores {score:.0f}.")
                nothing = nothing.format(score=before)
            else:
                nothing = reason or self.tr("No better rewrite to suggest yet.")
            self.rewrite_view.setHtml(f"<i>{html.escape(nothing)}</i>")
            self.rewrite_button.setEnabled(False)
            return
        parts = []
        for item in diff:
            text = html.escape(item.text).replace("\n", "<br>")
            if item.op == "insert":
                parts.append(f'<span style="background:#c3f0c8;color:#0b3d12">{text}</span>')
            elif item.op == "delete":
                parts.append(f'<s style="color:#c92a2a">{text}</s>')
            else:
                parts.append(text)
        header = self.tr("Scores {after:.0f} instead of {before:.0f}").format(
            after=after, before=before
        )
        self.rewrite_view.setHtml(f"<p><b>{header}</b></p><p>{''.join(parts)}</p>")
        self.rewrite_button.setEnabled(True)

    def select_finding(self, row: int) -> None:
        if 0 <= row < self.findings.count():
            self.findings.setCurrentRow(row)

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.finding_activated.emit(row)


def held_by(report: ScoreReport) -> str:
    """What holds a capped reply's overall down, in the report's language ("" if nothing
    does): the first sentence a capping check found."""
    if not report.capped_by:
        return ""
    quotes = [f.quote for f in report.findings if f.check_id in report.capped_by and f.quote]
    if not quotes:
        return core_message(report.language, "score.held")
    quote = elide(quotes[0], QUOTE_CHARS)
    return core_message(report.language, "score.held_by").format(quote=quote)
