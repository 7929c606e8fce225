"""The trainer's window: history and review, cohort overview, calibration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from coach.content.library import Library
from coach.gui.settings import Settings
from coach.gui.trainer.audit_text import describe_report
from coach.gui.trainer.calibration_view import CalibrationView
from coach.gui.trainer.cohort_view import CohortView
from coach.gui.trainer.history_view import HistoryView
from coach.gui.trainer.workbench import WorkbenchTab
from coach.store.sql_store import SqlStore
from coach.store.trainer_audit import AuditReport


class TrainerWindow(QMainWindow):
    """Tabs for history, cohort, calibration and the scenario workbench, under a line about
    the passphrase: when it was set or changed and, in red, any sign that it was changed
    outside the app.

    Signals: quit_requested() — Quit (Ctrl+Q) here quits the app, as in the practice
    window; the practice window closes every window and stops the workers.
    """

    quit_requested = Signal()

    def __init__(
        self,
        store: SqlStore,
        library: Library | None,
        reviewer: str,
        parent: Any = None,
        audit: AuditReport | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply Coach — trainer"))
        self.resize(1200, 800)
        self.history = HistoryView(store, library, settings=settings)
        self.history.reviewer = reviewer  # "" until a review is signed on this computer
        self.cohort = CohortView(store, library)
        self.calibration = CalibrationView(store, library)
        self.workbench = WorkbenchTab(library, settings)
        # Set once the trainer answered the discard question on Quit, so closing the
        # windows after it does not ask it again.
        self._asked_to_close = False
        tabs = QTabWidget()
        tabs.addTab(self.history, self.tr("History and review"))
        tabs.addTab(self.cohort, self.tr("Cohort"))
        tabs.addTab(self.calibration, self.tr("Calibration"))
        tabs.addTab(self.workbench, self.tr("Scenario workbench"))
        tabs.currentChanged.connect(self._on_tab)
        self.tabs = tabs
        self.passphrase_notice = QLabel()
        self.passphrase_notice.setWordWrap(True)
        self.passphrase_notice.setObjectName("passphraseNotice")
        self.show_audit(audit)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.passphrase_notice)
        layout.addWidget(tabs)
        self.setCentralWidget(central)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        # A method, not the signal itself: a signal-to-signal connection would hold this
        # window in a reference cycle only the garbage collector frees (with its store).
        self.quit_action.triggered.connect(self._on_quit)
        self.menuBar().addMenu(self.tr("&Trainer")).addAction(self.quit_action)

    def show_audit(self, audit: AuditReport | None) -> None:
        """Show the newest passphrase change and every warning of `audit`."""
        if audit is None:
            self.passphrase_notice.hide()
            return
        warnings, history = describe_report(audit)
        lines = [f"⚠ {w}" for w in warnings] + history[:1]
        self.passphrase_notice.setText("\n".join(lines))
        self.passphrase_notice.setStyleSheet("color: #b00020;" if warnings else "")
        self.passphrase_notice.setToolTip("\n".join(history))
        self.passphrase_notice.setVisible(bool(lines))

    def _on_quit(self) -> None:
        # Asked here, before the app starts closing every window: No keeps the app open.
        self.workbench.keep_draft()
        if self.workbench.may_close():
            self._asked_to_close = True
            self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The workbench's draft is written first, so its unsaved text outlives the window
        whatever follows. Closing this window (its own close button) asks the discard
        question, and No keeps it open; when the app closes it as it quits from the
        practice window, it closes, and the draft is offered again on the next open."""
        self.workbench.keep_draft()
        asked = self._asked_to_close
        self._asked_to_close = False
        if event.spontaneous() and not asked and not self.workbench.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def _on_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
