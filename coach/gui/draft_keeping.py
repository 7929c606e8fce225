"""Keeping the practice window's reply as a draft, so a crash loses no typing.

What may be saved or read when is decided in `coach.practice.flow.PracticeFlow` (a draft
being read must not be overwritten by an autosave of the empty editor, a draft that could
not be read must not be cleared); the writes and reads run through the window's
`StoreWriter`, in order and off the UI thread. This saves shortly after typing pauses and
puts the open turn's draft back into the editor.

Signals: status(str, int) — a message for the status bar and how long to show it (ms, 0
until replaced); failed(object) — a save or read raised something that is not a
`CoachError` (a bug).
"""

from __future__ import annotations

import logging
import weakref
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from coach.errors import CoachError
from coach.gui.busy_label import BusyLabel
from coach.gui.reply_editor import ReplyEditor
from coach.gui.saving import StoreWriter
from coach.practice import DraftKey, PracticeFlow, PracticeSession
from coach.store.api import AttemptStore

log = logging.getLogger(__name__)

# Well inside the 300 ms a crash may cost (issue 16): the write itself takes a few ms.
DRAFT_DEBOUNCE_MS = 200


class DraftHost(Protocol):
    """The practice window, as far as its drafts go."""

    store: AttemptStore | None
    local_drafts: AttemptStore | None
    flow: PracticeFlow
    writer: StoreWriter
    editor: ReplyEditor
    store_busy: BusyLabel

    @property
    def editing(self) -> bool:
        """The reply editor is shown (not the results of a submitted reply)."""
        ...


class DraftKeeper(QObject):
    """Saves the editor's text `DRAFT_DEBOUNCE_MS` after each change (`timer`), and
    restores the open turn's draft (`restore`)."""

    status = Signal(str, int)
    failed = Signal(object)

    def __init__(self, host: DraftHost, parent: QObject) -> None:
        super().__init__(parent)
        # Weakly: the window holds this object, and a cycle would keep both (and the
        # store's engine) until the collector runs.
        self._host_ref = weakref.ref(host)
        self.timer = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)
        host.editor.textChanged.connect(self.timer.start)

    @property
    def _host(self) -> DraftHost:
        host = self._host_ref()
        assert host is not None, "the practice window is gone"
        return host

    @property
    def store(self) -> AttemptStore | None:
        """Where drafts go: the history database, else (a team server that cannot be
        used) the database file on this computer, else nowhere yet."""
        host = self._host
        return host.store if host.store is not None else host.local_drafts

    @property
    def loading(self) -> bool:
        """The stored draft of the open turn is being read; the editor waits for it."""
        return self._host.flow.reading_draft

    def save(self) -> None:
        """Save the editor's text as the draft, on a worker thread (see `StoreWriter`)."""
        host = self._host
        store = self.store
        if store is None or host.flow.session is None or not host.editing:
            return
        if host.writer.submitting:
            return  # the text is being submitted; its draft is cleared once it is stored
        key = host.flow.draft_key()
        text = host.editor.toPlainText()
        if key is None or not host.flow.may_save_draft(key, text):
            return  # a draft is being read, or one that could not be read would be cleared
        host.writer.save_draft(store, key, text, self._on_save_error)

    def _on_save_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            self.failed.emit(exc)
            return
        host = self._host
        if host.writer.submitting or not host.editing:
            # The text went into an attempt meanwhile; what the status bar says about that
            # submit matters more than a draft of the same text.
            log.warning("draft not saved: %s", exc)
            return
        self.status.emit(self.tr("Draft not saved: {error}").format(error=exc), 0)

    def restore_if_empty(self) -> None:
        """A store to read drafts from has opened: restore the open turn's draft unless
        the trainee has typed meanwhile or a read is already on its way."""
        session = self._host.flow.session
        if session is not None and not self._host.editor.toPlainText() and not self.loading:
            self.restore(session)

    def restore(self, session: PracticeSession) -> None:
        """Put the turn's draft into the editor: the text typed here that is not saved yet
        at once, else the stored one read on a worker thread (after the writes queued
        before it). Meanwhile the editor is read-only and says it is loading, so nothing
        typed is overwritten by the draft, nor the draft by an autosave of an empty editor.
        """
        host = self._host
        key = host.flow.draft_key()
        assert key is not None
        store = self.store
        unsaved = host.writer.unsaved_draft(key)
        if store is None and unsaved is None:
            return
        read = host.flow.start_draft_read()
        self.timer.stop()
        host.editor.setReadOnly(True)
        host.editor.setPlaceholderText(self.tr("Loading your draft…"))
        host.store_busy.set_busy(True)

        def done(draft: str | None) -> None:
            if not self._finish_restoring(read, key, ok=True):
                return
            if draft and self._host.flow.session is session:
                self._host.editor.reset_attempt(draft)
                self.status.emit(self.tr("Your draft was restored."), 5000)

        def failed(exc: BaseException) -> None:
            if not self._finish_restoring(read, key, ok=False):
                return
            if not isinstance(exc, CoachError):
                self.failed.emit(exc)
                return
            message = self.tr("Your saved draft could not be read: {error}")
            self.status.emit(message.format(error=exc), 0)

        if store is None:  # only the text typed here (the database is not open yet)
            done(unsaved)
        else:
            host.writer.load_draft(store, key, done, failed)

    def _finish_restoring(self, read: int, key: DraftKey, *, ok: bool) -> bool:
        """A draft read ended; True when it is still the one the editor waits for (not
        superseded by another scenario or turn opened meanwhile)."""
        host = self._host
        host.store_busy.set_busy(False)
        if not host.flow.end_draft_read(read, key, ok=ok):
            return False
        host.editor.setReadOnly(host.writer.submitting)
        host.editor.setPlaceholderText(host.editor.default_placeholder)
        return True
