"""Asks the trainee's name on the first start, before an attempt is stored without one.

Attempts stored under the placeholder name split a trainee's history in two (My progress
empty, trainers seeing two people), so the name comes first.

Signals: name_given(str) — the trimmed name, once the trainee confirms it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from coach.gui.dialogs import without_minimise
from coach.store.limits import NAME_LENGTH


class NameDialog(QDialog):
    name_given = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # A question, not a window to park: no minimise or maximise buttons.
        without_minimise(self)
        self.setWindowTitle(self.tr("Welcome to Reply Coach"))
        intro = QLabel(
            self.tr(
                "What is your name? Your attempts are saved under it, so your progress "
                "and your trainers' reviews stay together. You can change it later in "
                "Settings."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LENGTH)  # the store refuses longer names
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Says what it does (Qt's Russian translation leaves a Latin "OK").
        self.ok_button.setText(self.tr("Start practising"))
        self.ok_button.setEnabled(False)
        self.name.textChanged.connect(self._on_text)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def _on_text(self, text: str) -> None:
        # A name of spaces is no name: the store would refuse every attempt under it.
        self.ok_button.setEnabled(bool(text.strip()))

    def _on_ok(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.name_given.emit(name)
        self.accept()
