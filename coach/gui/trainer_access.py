"""Opening the trainer's window from the practice window, behind the trainer passphrase.

The trainer window is a top-level window of its own over the same history database and
library. It is wired back to the practice window only through `TrainerHost`: quitting
in either window quits the app, the reviewer's name is remembered on this computer, and a
scenario saved in the workbench reloads the trainee's library.
"""

from __future__ import annotations

import weakref
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from coach.content.library import Library
from coach.gui.dialogs import Dialogs
from coach.gui.settings import Prefs, Settings
from coach.store.api import AttemptStore


class TrainerHost(Protocol):
    """What the trainer window needs of the window that opens it."""

    store: AttemptStore | None
    settings: Settings

    @property
    def library(self) -> Library | None: ...

    @property
    def trainee(self) -> str: ...

    def quit_app(self) -> None: ...

    def reload_library(self) -> None: ...


class TrainerAccess(QObject):
    """Asks for the passphrase (`open`), then shows the trainer window (`show_window`).

    `auth_dialog` and `window` are the dialog and the window once shown (else None).
    """

    def __init__(self, host: TrainerHost, parent: QWidget) -> None:
        super().__init__(parent)
        # Weakly: the host holds this object, and a cycle would keep both (and the store's
        # engine) until the collector runs.
        self._host_ref = weakref.ref(host)
        self._parent = parent
        self.auth_dialog: Any = None  # TrainerAuthDialog once asked
        self.window: Any = None  # TrainerWindow once opened

    @property
    def _host(self) -> TrainerHost:
        host = self._host_ref()
        assert host is not None, "the practice window is gone"
        return host

    def open(self) -> None:
        """Ask for the trainer passphrase; on success open the trainer's window."""
        from coach.gui.trainer.auth_dialog import TrainerAuthDialog  # noqa: PLC0415
        from coach.store import SqlStore  # noqa: PLC0415

        store = self._host.store
        if not isinstance(store, SqlStore):
            Dialogs.error(self._parent, self.tr("The history database is not available yet."))
            return
        self.auth_dialog = TrainerAuthDialog(store, self._parent, actor=self._host.trainee)
        self.auth_dialog.accepted.connect(self.show_window)
        if Dialogs.non_blocking:
            self.auth_dialog.show()
        else:
            self.auth_dialog.open()

    def show_window(self) -> None:
        # Imported here: the trainer's modules load only for trainers.
        from coach.gui.trainer.trainer_window import TrainerWindow  # noqa: PLC0415
        from coach.store import SqlStore  # noqa: PLC0415

        host = self._host
        assert isinstance(host.store, SqlStore)
        audit = getattr(self.auth_dialog, "result_audit", None)
        # The reviewer is whoever reviewed last on this computer, not the trainee whose
        # name the practice window uses (a trainer reviewing at a trainee's desk).
        reviewer = host.settings.get(Prefs.reviewer_name)
        self.window = TrainerWindow(
            host.store, host.library, reviewer, audit=audit, settings=host.settings
        )
        self.window.quit_requested.connect(self._on_quit_requested)
        self.window.history.reviewer_changed.connect(self._on_reviewer_changed)
        self.window.workbench.content_saved.connect(self._on_content_saved)
        self.window.show()

    def close(self) -> None:
        """Close the dialog and the window: left open, the trainer window would keep the
        event loop (and the process) running after the practice window is gone."""
        for other in (self.window, self.auth_dialog):
            if other is not None and shiboken6.isValid(other):
                other.close()
        window = self.window
        if window is not None and shiboken6.isValid(window):
            # Its signals hold this object's methods and the practice window holds it: a
            # cycle that would keep both, and the store's engine, until the collector runs.
            window.quit_requested.disconnect(self._on_quit_requested)
            window.history.reviewer_changed.disconnect(self._on_reviewer_changed)
            window.workbench.content_saved.disconnect(self._on_content_saved)
        self.window = None

    def _on_quit_requested(self) -> None:
        self._host.quit_app()

    def _on_reviewer_changed(self, name: str) -> None:
        settings = self._host.settings
        settings.set(Prefs.reviewer_name, name)
        settings.sync()

    def _on_content_saved(self, _path: object) -> None:
        self._host.reload_library()
