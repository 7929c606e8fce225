"""All dialogs come from here, so tests can make them non-blocking.

`Dialogs.non_blocking = True` (set by the test suite) shows message boxes without
running their event loop and records them in `Dialogs.shown`; file and folder choosers
then answer from `Dialogs.answers` (what a test queued, in order; empty = Cancel).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from coach.gui.settings import Settings, State

log = logging.getLogger(__name__)


class Dialogs:
    non_blocking: ClassVar[bool] = False
    shown: ClassVar[list[tuple[str, str]]] = []
    answers: ClassVar[list[Any]] = []
    # Non-blocking: what the next save dialogs answer, in order ("" = cancelled).
    save_answers: ClassVar[list[str]] = []

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

    @classmethod
    def confirm(cls, parent: QWidget | None, message: str) -> bool:
        """Whether the user answered Yes to `message` (a tested answer, else No)."""
        if cls.non_blocking:
            return bool(cls._answer(message))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("dialogs", "Reply Coach"),
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """A folder the user picked, or None when they cancelled."""
        if cls.non_blocking:
            answer: Path | None = cls._answer(title)
            return answer
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    @classmethod
    def open_file(
        cls, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        """An existing file the user picked, or None when they cancelled."""
        if cls.non_blocking:
            answer: Path | None = cls._answer(title)
            return answer
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        return Path(chosen) if chosen else None

    @classmethod
    def _answer(cls, title: str) -> Any:
        cls.shown.append((title, ""))
        return cls.answers.pop(0) if cls.answers else None

    @classmethod
    def save_file(
        cls,
        parent: QWidget | None,
        title: str,
        file_name: str,
        name_filter: str,
        settings: Settings | None = None,
    ) -> Path | None:
        """Ask where to save `file_name`: in the folder the last export went to, else the
        Documents folder (never the app's working folder). The chosen folder is
        remembered in `settings`. None when cancelled."""
        remembered = settings.get(State.export_folder) if settings is not None else ""
        folder = remembered if remembered and Path(remembered).is_dir() else default_folder()
        start = str(Path(folder) / file_name)
        if cls.non_blocking:
            cls.shown.append((title, start))
            chosen = cls.save_answers.pop(0) if cls.save_answers else ""
        else:
            chosen, _ = QFileDialog.getSaveFileName(parent, title, start, name_filter)
        if not chosen:
            return None
        if settings is not None:
            settings.set(State.export_folder, str(Path(chosen).parent))
            settings.sync()
        return Path(chosen)


def default_folder() -> str:
    """The user's Documents folder (their home when the platform has none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def without_minimise(dialog: QDialog, keep_maximise: bool = False) -> None:
    """Title bar with only a close button (and maximise when asked): a minimised modal
    dialog leaves its parent blocked with nothing in sight."""
    flags = (
        Qt.WindowType.Dialog
        | Qt.WindowType.CustomizeWindowHint
        | Qt.WindowType.WindowTitleHint
        | Qt.WindowType.WindowCloseButtonHint
    )
    if keep_maximise:
        flags |= Qt.WindowType.WindowMaximizeButtonHint
    dialog.setWindowFlags(flags)
