"""After submitting: the trainee's reply beside the trainers' examples, with scores, and
the customer's next message when the conversation goes on.

Signals: try_again(), continue_conversation()
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach.content.scenario import Example
from coach.scoring.report import ScoreReport


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class ResultsView(QWidget):
    try_again = Signal()
    continue_conversation = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.next_turn = QLabel()
        self.next_turn.setWordWrap(True)
        self.next_turn.setTextFormat(Qt.TextFormat.RichText)
        self.yours = QTextBrowser()
        self.yours.setAccessibleName(self.tr("Your reply"))
        self.examples = QTextBrowser()
        self.examples.setAccessibleName(self.tr("Trainer examples"))
        splitter = QSplitter()
        splitter.addWidget(self.yours)
        splitter.addWidget(self.examples)
        self.again_button = QPushButton(self.tr("Try again"))
        self.again_button.clicked.connect(self.try_again)
        self.continue_button = QPushButton(self.tr("Reply to the customer"))
        self.continue_button.clicked.connect(self.continue_conversation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.next_turn)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def show_results(
        self,
        reply: str,
        report: ScoreReport,
        examples: list[tuple[Example, ScoreReport]],
        next_message: str | None,
        customer: str,
    ) -> None:
        your_reply = self.tr("Your reply")
        self.yours.setHtml(
            f"<h3>{your_reply} — {report.overall:.0f} ({_esc(report.band)})</h3>"
            f"<p>{_esc(reply)}</p>"
        )
        heading = self.tr("How trainers answered")
        blocks = [f"<h3>{heading}</h3>"]
        if not examples:
            none = self.tr("The trainers wrote no example reply for this turn.")
            blocks.append(f"<p><i>{none}</i></p>")
        for example, example_report in examples:
            style = f" · {_esc(example.style)}" if example.style else ""
            blocks.append(
                f"<h4>{example_report.overall:.0f}{style}</h4><p>{_esc(example.text)}</p>"
                f"<p><i>{_esc(example.note)}</i></p><hr>"
            )
        self.examples.setHtml("".join(blocks))
        if next_message:
            replied = self.tr("replied")
            self.next_turn.setText(f"<b>{_esc(customer)} {replied}:</b> {_esc(next_message)}")
        else:
            complete = self.tr("The conversation is complete.")
            self.next_turn.setText(f"<i>{complete}</i>")
        self.continue_button.setVisible(bool(next_message))
