"""Trainer mode is behind a passphrase, set on first use and stored only as a salted hash."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from coach.store.sql_store import SqlStore
from coach.store.trainer_auth import has_passphrase, set_passphrase, verify_passphrase

MIN_LENGTH = 8


class TrainerAuthDialog(QDialog):
    """Asks for the trainer passphrase (or sets it the first time). `accepted` only on a
    correct one; a wrong one is refused with a message and the dialog stays open."""

    def __init__(self, store: SqlStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.first_use = not has_passphrase(store)
        self.setWindowTitle(self.tr("Trainer mode"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Trainer passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if self.first_use:
            form.addRow(
                QLabel(
                    self.tr(
                        "Set a passphrase for trainer mode. Trainees will not be able to "
                        "open histories, reviews or scores without it."
                    )
                )
            )
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if self.first_use:
            form.addRow(self.tr("Repeat"), self.confirm)
        else:
            self.confirm.hide()
        form.addRow(self.message)
        form.addRow(buttons)

    def try_passphrase(self, passphrase: str, confirm: str = "") -> bool:
        """Check (or set) the passphrase; True when trainer mode may open."""
        if self.first_use:
            if len(passphrase) < MIN_LENGTH:
                self.message.setText(self.tr("Use at least {n} characters.").format(n=MIN_LENGTH))
                return False
            if passphrase != confirm:
                self.message.setText(self.tr("The two passphrases differ."))
                return False
            set_passphrase(self.store, passphrase)
            return True
        if verify_passphrase(self.store, passphrase):
            return True
        self.message.setText(self.tr("Wrong passphrase."))
        self.passphrase.clear()
        return False

    def _on_ok(self) -> None:
        if self.try_passphrase(self.passphrase.text(), self.confirm.text()):
            self.accept()
