"""Trainer mode is behind a passphrase, set on first use and stored only as a salted hash."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from coach.gui.dialogs import without_minimise
from coach.gui.trainer.audit_text import describe_change, describe_removed
from coach.gui.workers import run_in_background
from coach.store.sql_store import SqlStore
from coach.store.trainer_audit import AuditReport
from coach.store.trainer_auth import (
    MIN_LENGTH,
    Unlock,
    audit_report,
    has_passphrase,
    set_passphrase,
    unlock,
)


class TrainerAuthDialog(QDialog):
    """Asks for the trainer passphrase (or sets it the first time). `accepted` only on a
    correct one; a wrong one is refused with a message and the dialog stays open.

    The check (scrypt, ~0.3 s, and the delay after a wrong passphrase) runs off the UI
    thread; OK is disabled meanwhile. `result_audit` holds what the audit said on success.
    """

    def __init__(self, store: SqlStore, parent: Any = None, actor: str | None = None) -> None:
        super().__init__(parent)
        without_minimise(self)
        self.store = store
        self.actor = actor
        self.first_use = not has_passphrase(store)
        self.audit: AuditReport = audit_report(store)
        self.result_audit: AuditReport | None = None
        self.checking = False
        self.setWindowTitle(self.tr("Trainer mode"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Trainer passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        # Says what it does (Qt's Russian translation leaves a Latin "OK").
        ok.setText(self.tr("Open trainer mode"))
        self.ok_button = ok
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
            if self.audit.last_change is not None:
                # A passphrase had been set and its record is gone: say so before a new
                # one is accepted; the new one is recorded as a reset the trainer sees.
                self.notice.setText(describe_removed(self.audit.last_change))
                form.addRow(self.notice)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if self.first_use:
            form.addRow(self.tr("Repeat"), self.confirm)
        else:
            self.confirm.hide()
        form.addRow(self.message)
        form.addRow(buttons)

    def try_passphrase(self, passphrase: str, confirm: str = "") -> bool:
        """Set the passphrase on first use (synchronously: nothing to wait for); True when
        it was set. Otherwise start the check in the background and return False: the
        dialog accepts when the check succeeds."""
        if self.first_use:
            if len(passphrase) < MIN_LENGTH:
                self.message.setText(self.tr("Use at least {n} characters.").format(n=MIN_LENGTH))
                return False
            if passphrase != confirm:
                self.message.setText(self.tr("The two passphrases differ."))
                return False
            set_passphrase(self.store, passphrase, actor=self.actor)
            self.result_audit = audit_report(self.store)
            return True
        self._start_check(passphrase)
        return False

    def _start_check(self, passphrase: str) -> None:
        if self.checking:
            return
        self.checking = True
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        store, actor = self.store, self.actor
        run_in_background(
            lambda: unlock(store, passphrase, actor=actor),
            self._on_checked,
            self._on_check_failed,
            owner=self,
        )

    def _on_checked(self, result: Unlock | None) -> None:
        self.checking = False
        self.ok_button.setEnabled(True)
        if result is None:
            text = self.tr("Wrong passphrase.")
            last = self.audit.last_change
            if last is not None:
                text += " " + describe_change(last)
            self.message.setText(text)
            self.passphrase.clear()
            return
        self.result_audit = result.audit
        self.message.clear()
        self.accept()

    def _on_check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.ok_button.setEnabled(True)
        self.message.setText(str(exc))

    def _on_ok(self) -> None:
        if self.try_passphrase(self.passphrase.text(), self.confirm.text()):
            self.accept()
