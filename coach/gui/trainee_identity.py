"""Who the practice window's attempts are saved under, and asking for it once.

The name is the trainee's database login on a team server with roles, else the one given
in Settings or at the first start. Attempts stored under the placeholder before a name
was given become the trainee's (from a database file on this computer only). The rules
are `coach.practice.identity`; this asks, shows and moves.

Signals: status(str, int) — a message for the status bar and how long to show it (ms);
history_moved() — the placeholder's attempts are the trainee's now (best scores changed);
failed(object) — moving them raised.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from coach.gui.settings import Prefs, Settings
from coach.gui.workers import run_in_background
from coach.practice import UNNAMED
from coach.practice.identity import carries_history_over, trainee_name
from coach.store.api import AttemptStore


class StoreHolder(Protocol):
    """The window whose history database may open (or change) after it was built."""

    store: AttemptStore | None


class TraineeIdentity(QObject):
    """The trainee's name (`trainee`), shown on `label`; `ask_name_if_needed` asks for it.

    `name_dialog` is the dialog once asked (else None).
    """

    status = Signal(str, int)
    history_moved = Signal()
    failed = Signal(object)

    def __init__(
        self, holder: StoreHolder, settings: Settings, label: QLabel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        # Weakly: the window holds this object, and a cycle would keep both (and the
        # store's engine) until the collector runs.
        self._holder = weakref.ref(holder)
        self._settings = settings
        self._parent = parent
        self.label = label
        self.name_dialog: Any = None  # NameDialog once asked
        self._after_name: Callable[[], None] | None = None
        self._carry_over_pending = False

    @property
    def store(self) -> AttemptStore | None:
        holder = self._holder()
        return None if holder is None else holder.store

    @property
    def login_name(self) -> str | None:
        """The trainee's database login on a team server with roles (`SqlStore.
        login_trainee`), else None. There it is the trainee's name: the server's
        row-level security knows the login, not the name typed in Settings."""
        login = getattr(self.store, "login_trainee", None)
        return login if isinstance(login, str) and login else None

    @property
    def trainee(self) -> str:
        # A name of spaces is no name: the store would refuse every attempt under it.
        return trainee_name(self.login_name, self._settings.get(Prefs.trainee_name))

    def show(self) -> None:
        """Who the attempts are saved under, on the label (the login on a team server,
        which may differ from the name once typed in Settings)."""
        login = self.login_name
        if login is not None:
            self.label.setText(self.tr("Trainee: {name} (database login)").format(name=login))
        elif self._settings.get(Prefs.trainee_name).strip():
            self.label.setText(self.tr("Trainee: {name}").format(name=self.trainee))
        else:
            self.label.clear()
        self.label.setVisible(bool(self.label.text()))

    def store_attached(self) -> None:
        """The history database is open: it may say who the trainee is (their login), and
        a history move that waited for it can run."""
        self.show()
        if self.login_name is not None:
            self._name_not_needed()
        if self._carry_over_pending:
            self.carry_history_over(UNNAMED)

    def ask_name_if_needed(self, then: Callable[[], None] | None = None) -> bool:
        """True when the trainee has a name; else ask for it (window-modal, the event loop
        runs on) and call `then` once it is given."""
        if self.login_name is not None or self._settings.get(Prefs.trainee_name).strip():
            return True
        from coach.gui.name_dialog import NameDialog  # noqa: PLC0415

        dialog = NameDialog(self._parent)
        self.name_dialog = dialog
        # Bound methods only: a lambda on a child dialog holding the window is a
        # reference cycle that keeps both (and the store) until the collector runs.
        self._after_name = then
        dialog.name_given.connect(self._on_name_given)
        dialog.open()
        return False

    def _on_name_given(self, name: str) -> None:
        before = self.trainee
        self._settings.set(Prefs.trainee_name, name)
        self._settings.sync()
        self.show()
        self.carry_history_over(before)
        then, self._after_name = self._after_name, None
        if then is not None:
            then()

    def _name_not_needed(self) -> None:
        """The store told who the trainee is (their login): a name dialog opened at the
        start has nothing to ask; what waited for the name goes on."""
        dialog = self.name_dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        dialog.name_given.disconnect(self._on_name_given)
        dialog.close()
        then, self._after_name = self._after_name, None
        if then is not None:
            then()

    def carry_history_over(self, before: str) -> None:
        """Attempts stored under the placeholder before the trainee gave a name become
        theirs, so My progress and the trainers see one person. Only from a database
        file on this computer: on a team server the placeholder's attempts may be
        anyone's. With the store still opening, this waits for `store_attached`."""
        name = self.trainee
        if before != UNNAMED or name == UNNAMED:
            return
        store = self.store
        if store is None:
            self._carry_over_pending = True
            return
        self._carry_over_pending = False
        move = getattr(store, "move_history", None)
        if move is None or not carries_history_over(
            before, name, getattr(store, "sqlite_path", None)
        ):
            return
        run_in_background(
            lambda: move(UNNAMED, name), self._on_history_moved, self.failed.emit, owner=self
        )

    def _on_history_moved(self, moved: int) -> None:
        if moved:
            message = self.tr("Your {n} earlier attempts are now saved under your name.")
            self.status.emit(message.format(n=moved), 8000)
        self.history_moved.emit()
