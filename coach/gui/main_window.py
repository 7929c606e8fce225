"""The trainee's practice window: scenarios or ticket | conversation + reply | score.

The centre is the agent's view of a help desk: the conversation (the customer's messages
and the trainee's own earlier replies) above the reply editor. On the left, tabs hold the
scenario library and, once a scenario is open, the ticket (task, customer, account facts,
docs, logs).

The practice flow itself (open an attempt, submit it, the next turn, drafts, the clock)
is decided in `coach.practice.flow.PracticeFlow`, without Qt; this window lays out the
widgets and wires them to it and to the components that hold the rest: the live feedback
on the reply (`live_feedback`), its draft (`draft_keeping`), the time left (`time_limit`),
who the trainee is (`trainee_identity`) and the trainer's window (`trainer_access`).
Store calls go through `StoreWriter` (in order, off the UI thread); loading content and
warming the dictionaries run through `workers.run_in_background`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.content.enums import Language
from coach.content.library import Library
from coach.errors import CoachError
from coach.gui.actions import ActionId, build_actions
from coach.gui.busy_label import BusyLabel
from coach.gui.colours import use_rubric_colours
from coach.gui.conversation_view import ConversationView
from coach.gui.dialogs import Dialogs
from coach.gui.display_names import interface_language
from coach.gui.draft_keeping import DraftKeeper
from coach.gui.library_panel import LibraryPanel
from coach.gui.live_feedback import LiveFeedback, ReplyTarget
from coach.gui.reply_editor import ReplyEditor
from coach.gui.results_view import ResultsView
from coach.gui.saving import StoreWriter, replay_notice, submission_notice
from coach.gui.score_panel import ScorePanel
from coach.gui.settings import Prefs, Settings, State
from coach.gui.ticket_panel import TicketPanel
from coach.gui.time_limit import TimeLimitDisplay
from coach.gui.trainee_identity import TraineeIdentity
from coach.gui.trainer_access import TrainerAccess
from coach.gui.workers import StoreQuery, run_in_background, scoring_pool
from coach.paths import split_folder_list
from coach.practice import PendingSubmit, PracticeFlow, PracticeSession, Submitted
from coach.scoring import ScoreReport
from coach.scoring.judgement.judge import preload_judgement
from coach.store.api import AttemptStore
from coach.store.pending import FlushResult
from coach.store.submission import Kept
from coach.text.readability import preload
from coach.text.spelling.base import SpellChecker

log = logging.getLogger(__name__)


class PracticeWindow(QMainWindow):
    """The main window. `load_content(library)` fills it; `submit()` records an attempt.

    Signals: library_reloaded() — `show_library` showed a reloaded library.
    """

    library_reloaded = Signal()

    def __init__(
        self,
        settings: Settings,
        store: AttemptStore | None = None,
        checker: SpellChecker | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply Coach"))
        self.settings = settings
        self.store = store
        self.checker = checker
        # Submits and draft saves: off the UI thread, in order (a locked database waits).
        self.writer = StoreWriter(self)
        self._store_error: CoachError | None = None
        # Drafts on this computer while a team database cannot be used.
        self.local_drafts: AttemptStore | None = None
        # The attempt, its turns, drafts and clock: decided there, drawn here.
        self.flow = PracticeFlow(lambda: self.trainee)
        self._best: dict[str, float] = {}  # the trainee's best per scenario, as last read
        self.trainer_access = TrainerAccess(self, self)
        self._name_before_settings = ""
        # Reads of the history database (best scores): off the UI thread, with a label
        # in the status bar while the store waits for a busy file or a slow server.
        self.store_busy = BusyLabel()
        self._best_query = StoreQuery(self, self.store_busy.set_busy)

        self.library_panel = LibraryPanel()
        self.conversation = ConversationView()
        self.ticket = TicketPanel()
        self.side_tabs = QTabWidget()
        self.editor = ReplyEditor()
        self.score_panel = ScorePanel()
        self.results = ResultsView()
        self.identity = QLabel()
        self.identity.setAccessibleName(self.tr("Trainee"))
        self.trainee_identity = TraineeIdentity(self, settings, self.identity, self)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.time_limit = TimeLimitDisplay(self.timer_label, self.flow.clock, self)
        self.submit_button = QPushButton(self.tr("Submit reply"))
        self.submit_button.setToolTip(self.tr("Submit reply (Ctrl+Enter)"))
        # Highlights, findings, suggestions and the rewrite for the open turn.
        self.feedback = LiveFeedback(self.editor, self.score_panel, checker, self)
        self.drafts = DraftKeeper(self, self)
        self._build_layout()
        self.actions_by_id = build_actions(self)
        self._build_menus()
        self._connect()
        self._restore_state()
        self.statusBar().addPermanentWidget(self.store_busy)
        self.statusBar().addPermanentWidget(self.identity)
        self.trainee_identity.show()
        self.statusBar().showMessage(self.tr("Loading scenarios…"))

    @property
    def library(self) -> Library | None:
        return self.flow.library

    @library.setter
    def library(self, library: Library | None) -> None:
        self.flow.library = library

    @property
    def session(self) -> PracticeSession | None:
        """The open attempt (`PracticeFlow.session`)."""
        return self.flow.session

    @property
    def editing(self) -> bool:
        """The reply editor is shown (not the results of a submitted reply)."""
        return self.stack.currentIndex() == 0

    @property
    def loading_draft(self) -> bool:
        """The stored draft of the open turn is being read; the editor waits for it."""
        return self.drafts.loading

    def save_draft(self) -> None:
        """Save the editor's text as the draft now (`DraftKeeper.save`)."""
        self.drafts.save()

    # Who the trainee is (`TraineeIdentity`), as the app and the tests ask it.

    @property
    def login_name(self) -> str | None:
        return self.trainee_identity.login_name

    @property
    def trainee(self) -> str:
        return self.trainee_identity.trainee

    @property
    def name_dialog(self) -> Any:
        return self.trainee_identity.name_dialog

    def ask_name_if_needed(self, then: Callable[[], None] | None = None) -> bool:
        """True when the trainee has a name; else ask for it and call `then` once given."""
        return self.trainee_identity.ask_name_if_needed(then)

    @property
    def trainer_window(self) -> Any:
        """The trainer's window once opened (`TrainerWindow`), else None."""
        return self.trainer_access.window

    @property
    def auth_dialog(self) -> Any:
        return self.trainer_access.auth_dialog

    # The live feedback's state and passes, as the window's tests and tools reach them.

    @property
    def report(self) -> ScoreReport | None:
        """The latest judgement drawn (`LiveFeedback.report`)."""
        return self.feedback.report

    @property
    def score_timer(self) -> QTimer:
        return self.feedback.score_timer

    @property
    def refresh_timer(self) -> QTimer:
        return self.feedback.refresh_timer

    @property
    def clock(self) -> QTimer:
        """Ticks the time left once a second while a timed attempt runs."""
        return self.time_limit.timer

    def request_score(self, check_spelling: bool = True) -> None:
        self.feedback.request_score(check_spelling)

    def rescore(self, check_spelling: bool = True) -> None:
        self.feedback.rescore(check_spelling)

    def apply_suggestion_at_cursor(self) -> None:
        self.feedback.apply_suggestion_at_cursor()

    # ------------------------------------------------------------------ layout

    def _build_layout(self) -> None:
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.timer_label)
        editor_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.submit_button)
        editor_layout.addLayout(row)
        self.stack = QStackedWidget()
        self.stack.addWidget(editor_page)
        self.stack.addWidget(self.results)
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(self.conversation)
        self.centre.addWidget(self.stack)
        self.centre.setSizes([430, 300])
        self.side_tabs.addTab(self.library_panel, self.tr("Scenarios"))
        self.side_tabs.addTab(self.ticket, self.tr("Ticket"))
        self.side_tabs.setTabEnabled(1, False)  # until a scenario is open
        self.splitter = QSplitter()
        self.splitter.addWidget(self.side_tabs)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.score_panel)
        # The scenario list wide enough for its titles on one or two lines.
        self.splitter.setSizes([380, 600, 320])
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.library_panel.search, self.library_panel.table)
        self.setTabOrder(self.library_panel.table, self.editor)
        self.setTabOrder(self.editor, self.submit_button)
        self.setTabOrder(self.submit_button, self.score_panel.findings)

    def _build_menus(self) -> None:
        a = self.actions_by_id
        practice = self.menuBar().addMenu(self.tr("&Practice"))
        for action_id in (
            ActionId.SUBMIT,
            ActionId.TRY_AGAIN,
            ActionId.NEXT_FINDING,
            ActionId.PREVIOUS_FINDING,
            ActionId.APPLY_SUGGESTION,
            ActionId.USE_REWRITE,
        ):
            practice.addAction(a[action_id])
        scenarios = self.menuBar().addMenu(self.tr("&Scenarios"))
        for action_id in (ActionId.SEARCH, ActionId.NEXT_SCENARIO, ActionId.PREVIOUS_SCENARIO):
            scenarios.addAction(a[action_id])
        app_menu = self.menuBar().addMenu(self.tr("&Reply Coach"))
        app_menu.addAction(a[ActionId.SETTINGS])
        app_menu.addAction(a[ActionId.MY_PROGRESS])
        app_menu.addAction(a[ActionId.TRAINER_MODE])
        app_menu.addAction(a[ActionId.QUIT])

    def _connect(self) -> None:
        a = self.actions_by_id
        a[ActionId.SUBMIT].triggered.connect(self.submit)
        a[ActionId.TRY_AGAIN].triggered.connect(self.try_again)
        a[ActionId.NEXT_FINDING].triggered.connect(lambda: self.feedback.step_finding(1))
        a[ActionId.PREVIOUS_FINDING].triggered.connect(lambda: self.feedback.step_finding(-1))
        a[ActionId.APPLY_SUGGESTION].triggered.connect(self.feedback.apply_suggestion_at_cursor)
        a[ActionId.USE_REWRITE].triggered.connect(self.feedback.use_rewrite)
        a[ActionId.NEXT_SCENARIO].triggered.connect(lambda: self.library_panel.step(1))
        a[ActionId.PREVIOUS_SCENARIO].triggered.connect(lambda: self.library_panel.step(-1))
        a[ActionId.SEARCH].triggered.connect(self._on_search)
        a[ActionId.SETTINGS].triggered.connect(self.open_settings)
        a[ActionId.TRAINER_MODE].triggered.connect(self.open_trainer_mode)
        a[ActionId.MY_PROGRESS].triggered.connect(self.open_progress)
        a[ActionId.QUIT].triggered.connect(self.quit_app)
        self.submit_button.clicked.connect(self.submit)
        self.library_panel.scenario_selected.connect(self.open_scenario)
        self.feedback.status.connect(self.statusBar().showMessage)
        self.feedback.failed.connect(self._on_background_error)
        self.trainee_identity.status.connect(self.statusBar().showMessage)
        self.trainee_identity.history_moved.connect(self.refresh_best)
        self.trainee_identity.failed.connect(self._on_background_error)
        self.results.try_again.connect(self.try_again)
        self.results.continue_conversation.connect(self._on_continue)
        self.editor.first_keystroke.connect(self._on_first_keystroke)
        self.drafts.status.connect(self.statusBar().showMessage)
        self.drafts.failed.connect(self._on_background_error)

    # ------------------------------------------------------------------ content

    def load_content(self, library: Library) -> None:
        """Show the library (scenarios that failed validation go to the problems list)."""
        self.library = library
        use_rubric_colours(library.rubrics.values())
        scenarios = sorted(library.scenarios.values(), key=lambda s: (s.language, s.title))
        self.library_panel.set_content(scenarios, list(library.issues), self._best)
        self.refresh_best()
        count = len(scenarios)
        self.statusBar().showMessage(self.tr("{n} scenarios loaded").format(n=count), 4000)
        # The trainee's last scenario reopens where they left it; on a first start nothing
        # opens by itself (a timed scenario would start its clock unasked).
        last = self.settings.get(State.last_scenario)
        if last:
            self.library_panel.select(last)
        # Warm the dictionaries off the UI thread so the first keystroke never stalls.
        languages = {s.language for s in scenarios}
        run_in_background(lambda: _preload_all(languages), lambda _r: None, pool=scoring_pool())

    def reload_library(self) -> None:
        """Load the content search path again, off the UI thread, and show it in the
        library (a trainer saved a scenario in the workbench)."""
        from coach.gui.app import load_content  # noqa: PLC0415 (app imports this module)

        folders = split_folder_list(self.settings.get(Prefs.content_folders))
        run_in_background(
            lambda: load_content(folders), self.show_library, self._on_background_error, owner=self
        )

    def show_library(self, library: Library) -> None:
        """Show a reloaded library. Unlike `load_content` nothing is reopened: the attempt
        in progress goes on with the scenario it started with."""
        self.library = library
        use_rubric_colours(library.rubrics.values())
        scenarios = sorted(library.scenarios.values(), key=lambda s: (s.language, s.title))
        self.library_panel.set_content(scenarios, list(library.issues), self._best)
        session = self.session
        if session is not None and session.scenario.rubric in library.rubrics:
            # The same attempt, judged by the reloaded rubric and named by its labels.
            self.feedback.set_target(self._target(session), new_attempt=False)
        self.refresh_best()
        self.library_reloaded.emit()

    def attach_store(self, store: AttemptStore, replay: FlushResult | None = None) -> None:
        """The history database is open: show best scores and what replaying the attempts
        parked earlier did (refused ones in a dialog too), restore the current draft."""
        self.store = store
        self._store_error = None
        self.trainee_identity.store_attached()
        self.refresh_best()
        notice = replay_notice(replay) if replay is not None else None
        if notice is not None:
            self.statusBar().showMessage(notice.text, notice.timeout_ms)
            if notice.problem:
                Dialogs.error(self, notice.text)
        self.drafts.restore_if_empty()

    def attach_local_drafts(self, store: AttemptStore) -> None:
        """The team's database cannot be used (unreachable, or it needs an upgrade this
        login may not run): keep drafts in the file on this computer meanwhile, so a
        crash still loses no typing. Attempts are parked on disk as before."""
        self.local_drafts = store
        self.drafts.restore_if_empty()

    def store_unavailable(self, exc: BaseException) -> None:
        """The history database could not be opened: practise on, say so plainly (in the
        interface's language where the error has one: "it needs an upgrade")."""
        if isinstance(exc, CoachError):
            self._store_error = exc  # the reason given when a submit is kept on disk
        reason = exc.in_language(interface_language()) if isinstance(exc, CoachError) else exc
        self.statusBar().showMessage(
            self.tr("History database unavailable: {error}").format(error=reason)
        )
        if not isinstance(exc, CoachError):
            self._on_background_error(exc)

    def refresh_best(self) -> None:
        """Read the trainee's best scores off the UI thread and show them in the library."""
        store, trainee = self.store, self.trainee
        if store is None:
            return
        self._best_query.run(
            lambda: store.best_scores(trainee), self._on_best_read, self._on_store_read_error
        )

    def _on_best_read(self, best: dict[str, float]) -> None:
        self._best = dict(best)
        self.library_panel.model.set_best(best)

    def _on_store_read_error(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachError):
            self._on_background_error(exc)
            return
        self.statusBar().showMessage(str(exc))

    def _target(self, session: PracticeSession) -> ReplyTarget:
        # By the scenario's rubric id in the current library (see `PracticeFlow.rubric`).
        scenario = session.scenario
        return ReplyTarget(scenario, self.flow.rubric(scenario), session.turn, self.library)

    def open_scenario(self, scenario_id: str) -> None:
        if self.library is None or scenario_id not in self.library.scenarios:
            return
        if self.session is not None:
            self.save_draft()
        session = self.flow.open(scenario_id)
        assert session is not None
        scenario = session.scenario
        self.settings.set(State.last_scenario, scenario_id)
        self.stack.setCurrentIndex(0)
        self.conversation.show_conversation(scenario, session.conversation)
        self.ticket.show_scenario(scenario)
        self.side_tabs.setTabEnabled(1, True)
        self.side_tabs.setCurrentWidget(self.ticket)
        self.feedback.set_target(self._target(session))
        self.editor.reset_attempt("")
        self.drafts.restore(session)
        self.time_limit.start()
        self.feedback.request_score()

    # ------------------------------------------------------------------ submit

    def submit(self) -> None:
        """Record the attempt on a worker thread; the results show once it is stored or
        kept on disk (`coach.store.submission`), and the status bar says which."""
        if self.session is None or self.library is None or self.writer.submitting:
            return
        if self.loading_draft:
            return  # the reply is not in the editor yet
        text = self.editor.toPlainText()
        if not text.strip():
            Dialogs.error(self, self.tr("Write a reply before submitting."))
            return
        if not self.ask_name_if_needed(then=self.submit):
            return  # stored under the name, once the trainee gives it
        pending = self.flow.prepare_submit(text)
        self._set_submitting(True)
        # The attempt carries this text; a draft save still pending from the typing would
        # only race it for the database (and its "Draft not saved" would overwrite what
        # the status bar says about the submit).
        self.drafts.timer.stop()
        self.statusBar().showMessage(self.tr("Saving your attempt…"))

        def done(submitted: Submitted) -> None:
            self._on_submitted(submitted, pending)

        def failed(exc: BaseException) -> None:
            self._set_submitting(False)
            self.save_draft()
            self._on_background_error(exc)

        self.writer.submit(
            self.store, pending.attempt, pending.key, self._store_error, done, failed
        )

    def _on_submitted(self, submitted: Submitted, pending: PendingSubmit) -> None:
        """The attempt is stored, parked or refused: say which; show the results unless
        the trainee still holds the only copy or the store refused it."""
        self._set_submitting(False)
        notice = submission_notice(submitted)
        if submitted.best is not None:
            self._on_best_read(submitted.best)
        results = self.flow.after_submit(pending, submitted)
        if results is not None:
            scenario, text = pending.session.scenario, pending.text
            following = results.following
            next_message = following.message if following else None
            self.results.show_results(
                text, pending.report, results.examples, next_message, scenario.persona.name
            )
            # The reply is part of the conversation now, as it would be in a help desk.
            self.conversation.show_conversation(scenario, pending.session.with_reply(text))
            self.stack.setCurrentIndex(1)
            self.time_limit.stop()
        elif submitted.submission.kept is Kept.UNSAVED:
            self.save_draft()  # it may still reach the database as a draft
        self.statusBar().showMessage(notice.text, notice.timeout_ms)
        if notice.problem:
            Dialogs.error(self, notice.text)

    def _set_submitting(self, busy: bool) -> None:
        """While a submit is being saved the reply stays as it is and where it is: no
        typing, no other scenario, no second submit."""
        self.editor.setReadOnly(busy)
        self.submit_button.setEnabled(not busy)
        self.library_panel.setEnabled(not busy)
        for action_id in (
            ActionId.SUBMIT,
            ActionId.TRY_AGAIN,
            ActionId.NEXT_SCENARIO,
            ActionId.PREVIOUS_SCENARIO,
        ):
            self.actions_by_id[action_id].setEnabled(not busy)

    def try_again(self) -> None:
        if self.session is None:
            return
        self.open_scenario(self.session.scenario.id)

    def _on_continue(self) -> None:
        session = self.flow.advance()
        if session is None:
            return
        self.conversation.show_conversation(session.scenario, session.conversation)
        self.editor.reset_attempt("")
        self.feedback.set_target(self._target(session), new_attempt=False)
        self.drafts.restore(session)
        self.stack.setCurrentIndex(0)
        self.time_limit.start()
        self.feedback.request_score()

    def _on_first_keystroke(self) -> None:
        if self.session is not None:
            self.session.mark_first_key()

    def _on_search(self) -> None:
        self.side_tabs.setCurrentWidget(self.library_panel)
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def _on_background_error(self, exc: BaseException) -> None:
        if isinstance(exc, CoachError):
            self.statusBar().showMessage(str(exc), 8000)
        else:
            log.error("background task failed", exc_info=exc)
            Dialogs.crash(self, repr(exc), str(log_path()))

    # ------------------------------------------------------------------ settings and state

    def open_settings(self) -> None:
        from coach.gui.settings_dialog import SettingsDialog  # noqa: PLC0415

        dialog = SettingsDialog(self.settings, self, login=self.login_name)
        self._name_before_settings = self.trainee
        dialog.accepted.connect(self._on_settings_saved)
        if Dialogs.non_blocking:
            dialog.show()
            return
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Settings saved."), 3000)

    def _on_settings_saved(self) -> None:
        self.trainee_identity.carry_history_over(self._name_before_settings)
        self.trainee_identity.show()

    def open_progress(self) -> None:
        """The trainee's own attempts over time (no passphrase: only their own history)."""
        from coach.gui.progress_dialog import ProgressDialog  # noqa: PLC0415
        from coach.store import SqlStore  # noqa: PLC0415

        if not isinstance(self.store, SqlStore):
            Dialogs.error(self, self.tr("The history database is not available yet."))
            return
        self.progress_dialog = ProgressDialog(self.store, self.trainee, self, self.library)
        self.progress_dialog.show()

    def open_trainer_mode(self) -> None:
        """Ask for the trainer passphrase; on success open the trainer's window."""
        self.trainer_access.open()

    def _restore_state(self) -> None:
        geometry = self.settings.get(State.geometry)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1320, 820)
        splitter = self.settings.get(State.splitter)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def quit_app(self) -> None:
        """Quit from either window: this window closes, and with it every other one."""
        self.close()

    def _close_other_windows(self) -> None:
        """The trainer window is a top-level window of its own: left open, it would keep
        the event loop (and the process) running after the practice window is gone."""
        self.trainer_access.close()
        for name in ("progress_dialog", "name_dialog"):
            other = getattr(self, name, None)
            if other is not None and shiboken6.isValid(other):
                other.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._close_other_windows()
        self.save_draft()
        self.writer.finish()  # the queued writes, before the window and its loop go
        # Passes still queued would only draw into a closing window.
        self.feedback.stop()
        self.drafts.timer.stop()
        self.time_limit.stop()
        self.settings.set(State.geometry, QByteArray(self.saveGeometry()))
        self.settings.set(State.splitter, QByteArray(self.splitter.saveState()))
        self.settings.sync()
        super().closeEvent(event)


def _preload_all(languages: set[Language]) -> None:
    preload_judgement()
    for language in languages:
        preload(language)


def log_path() -> Path:
    from coach.gui.app import LOG_FILE  # noqa: PLC0415

    return LOG_FILE
