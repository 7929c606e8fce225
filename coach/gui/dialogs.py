"""All dialogs come from here, so tests can make them non-blocking.

`Dialogs.non_blocking = True` (set by the test suite) shows message boxes without
running their event loop and records them in `Dialogs.shown`.
"""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class Dialogs:
    non_blocking: ClassVar[bool] = False
    shown: ClassVar[list[tuple[str, str]]] = []

    @classmethod
    def _show(cls, box: QMessageBox) -> None:
        cls.shown.append((box.windowTitle(), box.text()))
        if cls.non_blocking:
            box.setModal(False)
            box.show()
            box.close()
        else:
            box.exec()

    @classmethod
    def error(cls, parent: QWidget | None, message: str) -> None:
        """An expected problem (bad file, unreachable server): a clear message, no trace."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("dialogs", "Reply Coach"),
            message,
            parent=parent,
        )
        cls._show(box)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)
        cls._show(box)

    @classmethod
    def crash(cls, parent: QWidget | None, summary: str, log_path: str) -> None:
        """A bug: say so, and where the log with the details is."""
        text = QCoreApplication.translate(
            "dialogs",
            "Something went wrong inside Reply Coach. Your reply is kept as a draft.\n\n"
            "Please send the log file to your trainer or the developers:\n{path}",
        ).format(path=log_path)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("dialogs", "Unexpected error"),
            text,
            parent=parent,
        )
        box.setDetailedText(summary)
        cls._show(box)
