"""Trainer mode is behind a passphrase, set on first use and stored only as a salted hash."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.dialogs import without_minimise
from coach.gui.display_names import interface_language
from coach.gui.trainer.audit_text import describe_change, describe_removed
from coach.gui.workers import StoreQuery, run_in_background
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

    Every store call runs off the UI thread: whether a passphrase is set (and what the
    audit says) is read when the dialog opens, with OK disabled and "Loading…" shown until
    the answer comes (`query.pending`); setting one and checking one (scrypt, ~0.3 s, and
    the delay after a wrong passphrase) also run in the background, OK disabled meanwhile.
    `result_audit` holds what the audit said on success.
    """

    def __init__(self, store: SqlStore, parent: Any = None, actor: str | None = None) -> None:
        super().__init__(parent)
        without_minimise(self)
        self.store = store
        self.actor = actor
        self.first_use = False  # known once `query` has answered
        self.audit = AuditReport()
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
        self.notice.hide()
        self.first_use_text = QLabel(
            self.tr(
                "Set a passphrase for trainer mode. Trainees will not be able to "
                "open histories, reviews or scores without it."
            )
        )
        self.first_use_text.setWordWrap(True)
        self.first_use_text.hide()
        self.busy = BusyLabel()
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
        form.addRow(self.busy)
        form.addRow(self.first_use_text)
        form.addRow(self.notice)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.confirm)
        self._form = form
        form.setRowVisible(self.confirm, False)
        form.addRow(self.message)
        form.addRow(buttons)
        self.ok_button.setEnabled(False)
        self.query = StoreQuery(self, self.busy.set_busy)
        self.query.run(
            lambda: (has_passphrase(store), audit_report(store)),
            self._on_read,
            self._on_read_failed,
        )

    @property
    def loading(self) -> bool:
        """Whether a passphrase is set is still being read."""
        return self.query.pending

    def _on_read(self, result: tuple[bool, AuditReport]) -> None:
        has_one, self.audit = result
        self.first_use = not has_one
        self.first_use_text.setVisible(self.first_use)
        self._form.setRowVisible(self.confirm, self.first_use)
        if self.first_use and self.audit.last_change is not None:
            # A passphrase had been set and its record is gone: say so before a new one
            # is accepted; the new one is recorded as a reset the trainer sees.
            self.notice.setText(describe_removed(self.audit.last_change))
            self.notice.show()
        self.ok_button.setEnabled(True)

    def _on_read_failed(self, exc: BaseException) -> None:
        """A locked or unreachable database: say so; OK stays disabled (nothing to check
        the passphrase against)."""
        if not isinstance(exc, CoachError):
            raise exc
        self.busy.show_problem(exc.in_language(interface_language()))

    def try_passphrase(self, passphrase: str, confirm: str = "") -> bool:
        """Set the passphrase on first use, or check it; both run in the background and the
        dialog accepts when they succeed. False when it is refused at once (too short, the
        two differ, the database not read yet); True when it is being set or checked."""
        if self.loading or self.checking:
            return False
        if self.first_use:
            if len(passphrase) < MIN_LENGTH:
                self.message.setText(self.tr("Use at least {n} characters.").format(n=MIN_LENGTH))
                return False
            if passphrase != confirm:
                self.message.setText(self.tr("The two passphrases differ."))
                return False
            store, actor = self.store, self.actor

            def set_it() -> Unlock:
                set_passphrase(store, passphrase, actor=actor)
                return Unlock(audit_report(store), upgraded=False)

            self._start(set_it, self.tr("Saving the passphrase…"))
            return True
        self._start(lambda: unlock(self.store, passphrase, actor=self.actor), self.tr("Checking…"))
        return True

    def _start(self, work: Callable[[], Unlock | None], saying: str) -> None:
        self.checking = True
        self.ok_button.setEnabled(False)
        self.message.setText(saying)
        run_in_background(work, self._on_checked, self._on_check_failed, owner=self)

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
        self.try_passphrase(self.passphrase.text(), self.confirm.text())
