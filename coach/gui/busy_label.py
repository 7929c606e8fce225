"""A label that says the view is waiting for the history database."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel


class BusyLabel(QLabel):
    """Hidden until `set_busy(True)`; then "Loading…" (or a problem via `show_problem`).

    A view's figures stay as they were while it shows, so a trainer sees the database is
    being read rather than a table that looks final but is stale or empty.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyLabel")
        self.setWordWrap(True)
        self._reads = 0
        self.hide()

    def set_busy(self, busy: bool) -> None:
        """Count a read starting (True) or ending (False); shown while any is running, so
        two queries of one view sharing the label do not hide it while one still waits."""
        self._reads = max(0, self._reads + (1 if busy else -1))
        if busy:
            self.setText(self.tr("Loading from the history database…"))
            self.setStyleSheet("")
        self.setVisible(self._reads > 0)

    @property
    def busy(self) -> bool:
        return self._reads > 0

    def show_problem(self, message: str) -> None:
        """An expected problem (a locked or unreachable database), shown until the next read."""
        self.setText(message)
        self.setStyleSheet("color: #b00020;")
        self.show()
