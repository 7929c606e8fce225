"""The scenario workbench: write a scenario, see what `coach validate` and `coach selftest`
say about it while typing, try a reply against it, save it where trainees find it.

The try pane gives the practice window's feedback (`LiveFeedback`: highlights, findings,
suggestions, the rewrite) on a reply to any customer turn of the scenario, judged against
the last version of the buffer that loads without errors.

Bundled scenarios open read-only: the buffer may be changed to experiment, and "Save a
copy" writes it under a new id to the trainer's content folder (the first one of the
content search path; asked for, and added to Settings, when there is none). Saving writes
the editor's text as typed, so comments and formatting are kept, and replaces the file
atomically only once the whole text is written.

Signals: content_saved(object) — a scenario file was written (its `Path`); the practice
window reloads its library on it, so the trainee's library shows the scenario at once.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.atomic_output import atomic_output
from coach.content.issues import ContentIssue
from coach.content.library import Library, resolved_path
from coach.content.scenario import Scenario
from coach.content.scenario_copy import copy_id, scenario_id_of, with_new_id
from coach.errors import CoachError
from coach.gui.dialogs import Dialogs
from coach.gui.live_feedback import LiveFeedback, ReplyTarget
from coach.gui.reply_editor import ReplyEditor
from coach.gui.score_panel import ScorePanel
from coach.gui.settings import Prefs, Settings
from coach.gui.trainer.workbench_checks import WorkbenchChecks
from coach.gui.trainer.workbench_drafts import WorkbenchDrafts
from coach.gui.trainer.workbench_editor import ERROR_COLOUR, YamlEditor
from coach.gui.trainer.workbench_selftest import SelftestModel
from coach.paths import (
    bundled_scenarios_dir,
    package_data_dir,
    split_folder_list,
    trainer_content_folders,
)
from coach.scoring.draft import DraftCheck
from coach.scoring.selftest import MARGIN, ScenarioResult

log = logging.getLogger(__name__)

# Where an unsaved new scenario is validated as if it lived: not on any search path.
UNSAVED = Path("<new scenario>.yaml")
# A draft is written this long after the last keystroke: often enough that a crash loses
# a few seconds of typing, rarely enough not to write a file per key.
DRAFT_DELAY_MS = 1000
# The underline's amber is too light for text on a white list.
WARNING_TEXT = QColor("#9c5700")


class WorkbenchTab(QWidget):
    content_saved = Signal(object)

    def __init__(
        self,
        library: Library | None,
        settings: Settings | None = None,
        parent: Any = None,
        drafts: WorkbenchDrafts | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts if drafts is not None else WorkbenchDrafts()
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        # Without settings (a trainer window opened by a test) a chosen folder is kept for
        # this window only: nothing writes the user's real preferences.
        self.settings = settings
        self._session_folders: list[Path] = []
        self.path: Path | None = None
        self.read_only = False
        self.last_check: DraftCheck | None = None
        self.last_result: ScenarioResult | None = None
        self.try_scenario: Scenario | None = None
        self.try_library: Library | None = None
        self.checks = WorkbenchChecks(self._folders(), self)
        self.checks.checked.connect(self._on_checked)
        self.checks.selftested.connect(self._on_selftested)
        self.checks.failed.connect(self._on_failed)
        self._build()
        self.set_library(library)

    def refresh(self) -> None:
        """The tab was shown: the first time, start a new scenario from the template. (Not
        at construction: checking parses the whole search path, which a trainer who only
        reviews attempts never needs.)"""
        if self.last_check is None and self.path is None and not self.editor.toPlainText():
            self.new_scenario("en")
            self._offer_draft(self.editor.toPlainText())

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._build_selftest())
        right.addWidget(self._build_try())
        # The try pane holds an editor and a whole score panel; the selftest table is short.
        right.setSizes([270, 530])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self._build_editor())
        main.addWidget(right)
        main.setSizes([560, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        layout.addWidget(self.file_label)
        layout.addWidget(main, 1)

    def _build_bar(self) -> QHBoxLayout:
        self.scenario_box = QComboBox()
        self.scenario_box.setAccessibleName(self.tr("Scenario to open"))
        self.scenario_box.setMinimumContentsLength(30)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._on_open_chosen)
        self.open_file_button = QPushButton(self.tr("Open file…"))
        self.open_file_button.clicked.connect(self._on_open_file)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New scenario"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("In English"), lambda: self._on_new("en"))
        menu.addAction(self.tr("In Russian"), lambda: self._on_new("ru"))
        self.new_button.setMenu(menu)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton(self.tr("Save a copy"))
        self.copy_button.clicked.connect(self.save_copy)
        bar = QHBoxLayout()
        bar.addWidget(self.scenario_box)
        bar.addWidget(self.open_button)
        bar.addWidget(self.open_file_button)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.copy_button)
        return bar

    def _build_editor(self) -> QSplitter:
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor = YamlEditor()
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.document().modificationChanged.connect(self._show_file)
        self.problems_label = QLabel()
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._on_problem_activated)
        self.problems.itemClicked.connect(self._on_problem_activated)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems)
        left.addWidget(problems)
        left.setSizes([600, 160])
        return left

    def _build_selftest(self) -> QWidget:
        self.selftest_label = QLabel()
        self.selftest_label.setWordWrap(True)
        self.selftest_model = SelftestModel(self)
        self.selftest_table = QTableView()
        self.selftest_table.setModel(self.selftest_model)
        self.selftest_table.setAccessibleName(self.tr("Selftest"))
        self.selftest_table.verticalHeader().hide()
        self.selftest_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.selftest_table.horizontalHeader().setStretchLastSection(True)
        self.selftest_problems = QLabel()
        self.selftest_problems.setWordWrap(True)
        selftest = QWidget()
        selftest_layout = QVBoxLayout(selftest)
        selftest_layout.setContentsMargins(0, 0, 0, 0)
        selftest_layout.addWidget(QLabel(self.tr("<b>Selftest</b>")))
        selftest_layout.addWidget(self.selftest_label)
        selftest_layout.addWidget(self.selftest_table, 1)
        selftest_layout.addWidget(self.selftest_problems)
        return selftest

    def _build_try(self) -> QWidget:
        self.turn_box = QComboBox()
        self.turn_box.setAccessibleName(self.tr("Customer turn to reply to"))
        self.turn_box.currentIndexChanged.connect(self._on_turn_chosen)
        self.turn_box.hide()  # until a scenario with more than one turn loads
        self.customer_message = QLabel()
        self.customer_message.setWordWrap(True)
        self.customer_message.setTextFormat(Qt.TextFormat.PlainText)
        self.reply = ReplyEditor()
        self.reply.setAccessibleName(self.tr("Try a reply"))
        self.reply.default_placeholder = self.tr("Write a reply as a trainee would…")
        self.reply.setPlaceholderText(self.reply.default_placeholder)
        self.reply.textChanged.connect(self._on_reply_changed)
        self.try_note = QLabel()
        self.try_note.setWordWrap(True)
        self.score_panel = ScorePanel()
        self.score_panel.show_empty()
        # No LanguageTool here: the offline speller, as the selftest uses, so a trainer's
        # try and the selftest agree.
        self.feedback = LiveFeedback(self.reply, self.score_panel, None, self)
        self.feedback.status.connect(self._on_try_status)
        self.feedback.failed.connect(self._on_try_failed)
        self.checks.wait_for(self.feedback)
        trying = QWidget()
        try_layout = QVBoxLayout(trying)
        try_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Try a reply</b>")))
        heading.addStretch(1)
        heading.addWidget(self.turn_box)
        try_layout.addLayout(heading)
        try_layout.addWidget(self.customer_message)
        try_row = QSplitter(Qt.Orientation.Horizontal)
        try_row.addWidget(self.reply)
        try_row.addWidget(self.score_panel)
        try_layout.addWidget(try_row, 1)
        try_layout.addWidget(self.try_note)
        return trying

    # ------------------------------------------------------------------ opening

    def set_library(self, library: Library | None) -> None:
        """List the library's scenarios in the Open box (bundled and the trainers')."""
        current = self.scenario_box.currentData()
        self.scenario_box.clear()
        if library is None:
            return
        scenarios = sorted(library.scenarios.values(), key=lambda s: (s.language, s.title))
        for scenario in scenarios:
            self.scenario_box.addItem(
                f"{scenario.title} — {scenario.id} ({scenario.language})", scenario.path
            )
        # The open file when it is listed (the box then says what is being edited), else
        # whatever was chosen before the list was refilled.
        shown = str(self.path) if self.path is not None else current
        found = self.scenario_box.findData(shown)
        if found < 0:
            found = self.scenario_box.findData(current)
        if found >= 0:
            self.scenario_box.setCurrentIndex(found)

    def open_file(self, path: Path) -> bool:
        """Open a scenario file; a bundled one read-only. False if it cannot be read or
        the trainer kept their unsaved changes."""
        if not self._may_discard():
            return False
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            message = self.tr("Cannot open {path}: {reason}")
            Dialogs.error(self, message.format(path=path, reason=exc))
            return False
        self.path = path
        self.read_only = _is_bundled(path)
        self._load_text(text)
        self._offer_draft(text)
        return True

    def new_scenario(self, language: str) -> None:
        """Start from the template: a small scenario that validates and passes selftest."""
        # One template per language, named by its code (adding a language adds one).
        templates = package_data_dir() / "templates"
        template = templates / f"scenario-{language}.yaml"
        if not template.is_file():
            template = templates / "scenario-en.yaml"
        self.path = None
        self.read_only = False
        self._load_text(template.read_text(encoding="utf-8"))

    def _load_text(self, text: str) -> None:
        self.last_check = None
        self.last_result = None
        self.try_scenario = None
        self.feedback.set_target(None)
        self.turn_box.clear()  # another scenario starts at its first turn
        self.selftest_model.set_result(None)
        self.selftest_label.setText(self.tr("Checking…"))
        self.selftest_problems.setText("")
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.draft_timer.stop()  # the text is the file's: nothing to keep
        self._show_file()
        self.checks.check_now(text, self.check_path)

    @property
    def check_path(self) -> Path:
        """The path the buffer is validated as: its file, or one on no search path."""
        return self.path or UNSAVED

    @property
    def modified(self) -> bool:
        return self.editor.document().isModified()

    def may_close(self) -> bool:
        """Whether the buffer may go: unchanged, or the trainer agreed to discard it (its
        draft goes too). No keeps the buffer and its draft."""
        return self._may_discard()

    def _may_discard(self) -> bool:
        if not self.modified:
            return True
        if not Dialogs.confirm(self, self.tr("Discard your unsaved changes to this scenario?")):
            return False
        self.draft_timer.stop()
        self.drafts.clear(self.path)
        # Discarded: the buffer is about to be replaced or closed, and must not be kept
        # as a draft again on the way.
        self.editor.document().setModified(False)
        return True

    # ------------------------------------------------------------------ drafts

    def keep_draft(self) -> None:
        """Write the buffer's draft now if it has unsaved changes (else drop the draft:
        undone back to the file, nothing is left to restore)."""
        self.draft_timer.stop()
        if self.modified:
            self.drafts.save(self.path, self.editor.toPlainText())
        else:
            self.drafts.clear(self.path)

    def _offer_draft(self, saved_text: str) -> None:
        """A draft kept for the file just opened (the window or app closed before it was
        saved): offer it back, as one undoable edit over the file's text."""
        draft = self.drafts.load(self.path)
        if draft is None:
            return
        if draft == saved_text:
            self.drafts.clear(self.path)
            return
        question = self.tr(
            "This scenario has changes that were not saved when the workbench last closed. "
            "Restore them?"
        )
        if not Dialogs.confirm(self, question):
            self.drafts.clear(self.path)
            return
        cursor = self.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(draft)

    def _on_open_chosen(self) -> None:
        path = self.scenario_box.currentData()
        if path:
            self.open_file(Path(path))

    def _on_open_file(self) -> None:
        folders = self._folders()
        start = folders[0] if folders else bundled_scenarios_dir()
        chosen = Dialogs.open_file(
            self, self.tr("Open a scenario"), start, self.tr("Scenario YAML (*.yaml *.yml)")
        )
        if chosen is not None:
            self.open_file(chosen)

    def _on_new(self, language: str) -> None:
        if self._may_discard():
            self.new_scenario(language)

    def _show_file(self) -> None:
        modified = self.editor.document().isModified()
        if self.path is None:
            text = self.tr("New scenario, not saved yet: Save writes it to your content folder.")
        elif self.read_only:
            text = self.tr(
                "{path} — bundled with Reply Coach, read-only. Edit to experiment; "
                "Save a copy keeps your version in your content folder."
            ).format(path=self.path)
        else:
            text = str(self.path)
        if modified:
            text = "● " + text + " " + self.tr("(unsaved changes)")
        self.file_label.setText(text)
        self.save_button.setEnabled(not self.read_only)

    # ------------------------------------------------------------------ checking

    def _on_text_changed(self) -> None:
        self.checks.request_check(self.editor.toPlainText(), self.check_path)
        if self.modified:
            self.draft_timer.start()

    def _on_checked(self, outcome: tuple[str, DraftCheck]) -> None:
        text, check = outcome
        if text != self.editor.toPlainText() or resolved_path(check.path) != resolved_path(
            self.check_path
        ):
            return  # typed on (or opened another file) since: the next check is on its way
        self.last_check = check
        if check.valid:
            # A broken buffer is missing from its own library: the list would lose it.
            self.set_library(check.library)
        self.editor.show_issues(check.errors, check.warnings)
        self.problems.clear()
        for issue, kind in [(i, "error") for i in check.errors] + [
            (w, "warning") for w in check.warnings
        ]:
            item = QListWidgetItem(("✖ " if kind == "error" else "⚠ ") + _located(issue))
            item.setData(Qt.ItemDataRole.UserRole, (issue.line, issue.column))
            item.setForeground(ERROR_COLOUR if kind == "error" else WARNING_TEXT)
            self.problems.addItem(item)
        if check.errors:
            self.problems_label.setText(
                self.tr(
                    "{errors} error(s), {warnings} warning(s): trainees do not see this "
                    "scenario until the errors are fixed."
                ).format(errors=len(check.errors), warnings=len(check.warnings))
            )
            # The last table would pass for this text's: clear it until it can run again.
            self.last_result = None
            self.selftest_model.set_result(None)
            self.selftest_problems.setText("")
            self.selftest_label.setStyleSheet("")
            self.selftest_label.setText(self.tr("Selftest runs once the errors are fixed."))
            if self.try_scenario is not None:
                self.try_note.setText(self.tr("Scored against the last version without errors."))
            return
        self.problems_label.setText(
            self.tr("No errors, {warnings} warning(s).").format(warnings=len(check.warnings))
        )
        self.selftest_label.setText(self.tr("Running the selftest…"))
        if check.scenario is not None:
            self.try_scenario = check.scenario
            self.try_library = check.library
            self.try_note.setText("")
            self._list_turns(check.scenario)
            self._on_turn_chosen()

    def _on_selftested(self, outcome: tuple[str, ScenarioResult | None]) -> None:
        text, result = outcome
        if result is None or text != self.editor.toPlainText():
            return
        self.last_result = result
        self.selftest_model.set_result(result)
        margin = "–" if result.margin is None else f"{result.margin:.1f}"
        verdict = self.tr("passed") if result.passed else self.tr("FAILED")
        self.selftest_label.setText(
            self.tr(
                "{verdict}: margin {margin} (good minus bad; needs at least {needed:.0f})"
            ).format(verdict=verdict, margin=margin, needed=MARGIN)
        )
        colour = "#2b8a3e" if result.passed else "#c92a2a"
        self.selftest_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.selftest_problems.setText("\n".join(f"• {p}" for p in result.problems))

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        line, column = item.data(Qt.ItemDataRole.UserRole)
        self.editor.go_to(line, column)

    # ------------------------------------------------------------------ trying a reply

    def _list_turns(self, scenario: Scenario) -> None:
        """One entry per customer message: each turn, and each branch of a branching turn
        (the message the customer sends depends on the reply before it). The chosen entry
        stays chosen while it exists, so editing the scenario keeps the trainer's turn."""
        chosen = self.turn_box.currentData()
        self.turn_box.blockSignals(True)
        self.turn_box.clear()
        for index, turn in enumerate(scenario.turns):
            label = self.tr("Turn {n}").format(n=index + 1)
            if turn.message is not None:
                self.turn_box.addItem(label, (index, turn.message.strip()))
            branches = turn.branches or []
            for number, branch in enumerate(branches, 1):
                # By position, not by id: ids are the trainers' English-ish keys, and the
                # message shown under the box says which branch it is.
                variant = self.tr("{turn}, variant {k} of {m}").format(
                    turn=label, k=number, m=len(branches)
                )
                self.turn_box.addItem(variant, (index, branch.message.strip()))
        # Compared here: `findData` does not compare Python tuples by value.
        entries = [self.turn_box.itemData(i) for i in range(self.turn_box.count())]
        turns = [turn for turn, _message in entries]
        if chosen in entries:
            found = entries.index(chosen)
        elif chosen is not None and chosen[0] in turns:
            found = turns.index(chosen[0])  # its message was edited: the same turn
        else:
            found = 0
        self.turn_box.setCurrentIndex(found)
        self.turn_box.blockSignals(False)
        self.turn_box.setVisible(self.turn_box.count() > 1)

    def _on_turn_chosen(self) -> None:
        """Show the chosen turn's message and judge the reply as an answer to it."""
        scenario, library = self.try_scenario, self.try_library
        chosen = self.turn_box.currentData()
        if scenario is None or library is None or chosen is None:
            return
        turn, message = chosen
        self.customer_message.setText(self.tr("Customer: {message}").format(message=message))
        target = ReplyTarget(scenario, library.rubrics[scenario.rubric], turn, library)
        self.feedback.set_target(target, new_attempt=False)
        self.feedback.request_score()

    @property
    def try_turn(self) -> int | None:
        """The customer turn (0 = the first) the tried reply is judged as answering."""
        target = self.feedback.target
        return None if target is None else target.turn

    def _on_reply_changed(self) -> None:
        # The judging itself follows the editor (`LiveFeedback`); only a reply that has no
        # scenario to be judged against needs a word here.
        if self.try_scenario is None and self.reply.toPlainText().strip():
            self.try_note.setText(self.tr("Fix the errors to try a reply."))

    def _on_try_failed(self, exc: BaseException) -> None:
        # Judging is a pure function of the reply and the scenario: this is a bug, logged,
        # and the trainer's scenario stays as it is.
        log.error("judging the tried reply failed", exc_info=exc)
        self.try_note.setText(self.tr("Judging the reply failed unexpectedly; see the log."))

    def _on_try_status(self, message: str, timeout_ms: int) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, timeout_ms)

    def _on_failed(self, exc: BaseException) -> None:
        # A check is a pure function of the text: anything it raises is a bug, but one
        # that must not take the trainer's unsaved scenario with it.
        log.error("workbench check failed", exc_info=exc)
        self.selftest_label.setText(self.tr("The check failed unexpectedly; see the log."))

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Write the buffer to its file, or, for a new scenario, to the content folder
        under its id. A bundled scenario is saved as a copy instead."""
        if self.read_only:
            return self.save_copy()
        text = self.editor.toPlainText()
        target = self.path
        if target is None:
            folder = self._content_folder()
            if folder is None:
                return False
            scenario_id = scenario_id_of(text)
            if scenario_id is None:
                Dialogs.error(
                    self, self.tr("Give the scenario an id (the 'id:' line) before saving it.")
                )
                return False
            target = folder / f"{scenario_id}.yaml"
            if target.exists():
                Dialogs.error(
                    self,
                    self.tr(
                        "{path} already exists: change the scenario's id, or open that "
                        "file to edit it."
                    ).format(path=target),
                )
                return False
        return self._write(target, text)

    def save_copy(self) -> bool:
        """Write the buffer to the content folder under a new id (and title), so it loads
        beside the scenario it was copied from."""
        folder = self._content_folder()
        if folder is None:
            return False
        text = self.editor.toPlainText()
        taken = set(self.last_check.library.scenarios) if self.last_check else set()
        old_id = scenario_id_of(text) or "scenario"
        new_id = copy_id(old_id, taken)
        while (folder / f"{new_id}.yaml").exists():
            taken.add(new_id)
            new_id = copy_id(old_id, taken)
        copied = with_new_id(text, new_id)
        if copied is not None and copied != text:
            # One edit the trainer can undo, not a reset of the editor's history.
            cursor = self.editor.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(copied)
            text = copied
        return self._write(folder / f"{new_id}.yaml", text)

    def _write(self, target: Path, text: str) -> bool:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(target) as handle:
                handle.write(text)
        except (CoachError, OSError) as exc:
            Dialogs.error(self, self.tr("The scenario was not saved: {reason}").format(reason=exc))
            return False
        # The text is in its file now: neither the place it came from (a bundled file, a
        # new scenario) nor the target has changes left to restore.
        self.draft_timer.stop()
        self.drafts.clear(self.path)
        self.drafts.clear(target)
        self.path = target
        self.read_only = False
        self.editor.document().setModified(False)
        self._show_file()
        self.checks.check_now(text, target)
        if self.last_check is not None and self.last_check.errors:
            note = self.tr("Saved with errors: trainees see it once they are fixed.")
        else:
            note = self.tr("Saved: trainees find it in their library.")
        self.file_label.setText(f"{target} — {note}")
        self.content_saved.emit(target)
        return True

    # ------------------------------------------------------------------ content folders

    def _folders(self) -> list[Path]:
        listed = self.settings.get(Prefs.content_folders) if self.settings else ""
        chosen = split_folder_list(listed)
        return trainer_content_folders([*chosen, *self._session_folders])

    def _content_folder(self) -> Path | None:
        """The first trainer folder of the search path; asked for (and kept in Settings)
        when there is none."""
        folders = self._folders()
        if folders:
            return folders[0]
        chosen = Dialogs.choose_folder(
            self, self.tr("Choose a folder for your scenarios"), Path.home()
        )
        if chosen is None:
            return None
        if self.settings is not None:
            listed = self.settings.get(Prefs.content_folders)
            joined = os.pathsep.join(p for p in (listed, str(chosen)) if p)
            self.settings.set(Prefs.content_folders, joined)
            self.settings.sync()
        else:
            self._session_folders.append(chosen)
        self.checks.set_folders(self._folders())
        return chosen


def _is_bundled(path: Path) -> bool:
    return resolved_path(path).is_relative_to(resolved_path(package_data_dir()))


def _located(issue: ContentIssue) -> str:
    return f"{issue.line}:{issue.column}: {issue.message}"
