"""Settings: trainee name, LanguageTool server (with a connection test), database, and the
folders of the trainers' own content."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coach.gui.dialogs import without_minimise
from coach.gui.settings import Prefs, Settings
from coach.gui.workers import run_in_background
from coach.store.limits import NAME_LENGTH
from coach.text.spelling import check_connection

# Room for the frame, the text margins and the cursor around a placeholder.
FIELD_PADDING_PX = 24
FIELD_MIN_WIDTH_PX = 320


def fit_placeholder(field: QLineEdit) -> None:
    """Give `field` at least the width its placeholder text needs."""
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + FIELD_PADDING_PX
    field.setMinimumWidth(max(needed, FIELD_MIN_WIDTH_PX))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: Any = None, login: str | None = None) -> None:
        """`login`: the trainee's database login on a team server with roles; it is the
        trainee's name there, so the name field shows it, read-only, and says why."""
        super().__init__(parent)
        without_minimise(self)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.login = login
        self.trainee = QLineEdit(login or settings.get(Prefs.trainee_name))
        self.trainee.setMaxLength(NAME_LENGTH)  # the store refuses longer names
        self.trainee.setAccessibleName(self.tr("Trainee name"))
        # Only shown (and so only filled) on a team server with a trainee's login.
        self.login_hint = QLabel()
        if login is not None:
            self.login_hint.setText(
                self.tr(
                    "You are signed in to the team's history database as {login}: your "
                    "attempts and drafts are saved under this login, whatever name is typed "
                    "here. To practise as someone else, use their database login."
                ).format(login=login)
            )
        self.login_hint.setWordWrap(True)
        self.login_hint.setVisible(login is not None)
        self.trainee.setReadOnly(login is not None)
        self.lt_url = QLineEdit(settings.get(Prefs.languagetool_url))
        self.lt_url.setAccessibleName(self.tr("LanguageTool server URL"))
        self.lt_url.setPlaceholderText("http://languagetool.example:8081")
        self.lt_status = QLabel(self._status_text(None))
        self.lt_status.setWordWrap(True)
        test = QPushButton(self.tr("Test connection"))
        test.clicked.connect(self._on_test)
        self.database = QLineEdit(settings.get(Prefs.database_url))
        self.database.setAccessibleName(self.tr("Database"))
        self.database.setPlaceholderText(self.tr("default: a file in your user data folder"))
        # One line, os.pathsep-separated, exactly as COACH_CONTENT_PATH is written, so a
        # trainer can paste the same value into either.
        self.content_folders = QLineEdit(settings.get(Prefs.content_folders))
        self.content_folders.setAccessibleName(self.tr("Content folders"))
        content_hint = QLabel(
            self.tr(
                "Folders of your own scenarios and rubrics, separated by “{sep}”. They are "
                "searched after the bundled content, from the next start."
            ).format(sep=os.pathsep)
        )
        content_hint.setWordWrap(True)
        lt_row = QWidget()
        row = QHBoxLayout(lt_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.lt_url, 1)
        row.addWidget(test)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        # Wide enough for its placeholder (a cut "default: a file in your user d" reads
        # as broken), in whatever language the placeholder is.
        for field in (self.trainee, self.lt_url, self.database, self.content_folders):
            fit_placeholder(field)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.trainee)
        form.addRow("", self.login_hint)
        form.addRow(self.tr("LanguageTool server"), lt_row)
        form.addRow("", self.lt_status)
        form.addRow(self.tr("Database (URL)"), self.database)
        form.addRow(self.tr("Content folders"), self.content_folders)
        form.addRow("", content_hint)
        form.addRow(buttons)

    def _status_text(self, result: tuple[bool, str] | None) -> str:
        if not self.lt_url.text().strip():
            return self.tr("Spelling: offline checker")
        if result is None:
            return self.tr("LanguageTool: not tested yet")
        ok, message = result
        prefix = self.tr("LanguageTool: connected") if ok else self.tr("offline checker")
        return f"{prefix} — {message}"

    def _on_test(self) -> None:
        url = self.lt_url.text().strip()
        if not url:
            self.lt_status.setText(self._status_text(None))
            return
        self.lt_status.setText(self.tr("Testing…"))
        run_in_background(
            lambda: check_connection(url),
            lambda result: self.lt_status.setText(self._status_text(result)),
            owner=self,
        )

    def _on_save(self) -> None:
        if self.login is None:  # the login is not a name to keep for a later start
            self.settings.set(Prefs.trainee_name, self.trainee.text().strip())
        self.settings.set(Prefs.languagetool_url, self.lt_url.text().strip())
        self.settings.set(Prefs.database_url, self.database.text().strip())
        self.settings.set(Prefs.content_folders, self.content_folders.text().strip())
        self.settings.sync()
        self.accept()
