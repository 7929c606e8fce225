"""The feedback on a reply while it is written: highlights, findings, suggestions, rewrite.

One component for every place a reply is tried against a scenario (the trainee's practice
window, the trainer's workbench), so both show the same judgement drawn the same way. It
owns no widgets: it is given a `ReplyEditor` and a `ScorePanel` laid out by its window,
and the `ReplyTarget` the reply answers, and keeps them in step as the text changes.
Judging and the rewrite run on the scoring thread (`live_scoring`); a configured
LanguageTool checks in a worker and its result comes back as another pass.

Signals: status(str, int) — a message for the status bar and how long to show it (ms);
failed(object) — a background task raised (a `CoachError` or a bug; the window decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coach.content.library import Library
from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.gui.display_names import dimension_labels
from coach.gui.live_scoring import PAUSE_MS, REFRESH_MS, Judged, LatestOnly, judge_for_display
from coach.gui.reply_editor import ReplyEditor
from coach.gui.score_panel import ScorePanel
from coach.gui.workers import run_in_background
from coach.rephrase import Rewrite, rewrite, suggest
from coach.scoring import ScoreReport
from coach.scoring.engine import accepted_words
from coach.text.spelling.base import SpellChecker, SpellReport, SpellRequest
from coach.text.spelling.offline import OfflineSpellChecker

# A rewrite re-scores several candidates: composed only once typing has paused a while.
REWRITE_DEBOUNCE_MS = 500


@dataclass(frozen=True, eq=False)
class ReplyTarget:
    """What the reply answers: the scenario, the rubric it is scored by, which customer
    turn (0 = the first message), and the library whose rubrics name the dimensions in the
    interface language (None: the rubric's own labels)."""

    scenario: Scenario
    rubric: Rubric
    turn: int = 0
    library: Library | None = None


class LiveFeedback(QObject):
    """Judges the editor's text against `target` and draws it on the editor and panel."""

    status = Signal(str, int)
    failed = Signal(object)

    def __init__(
        self,
        editor: ReplyEditor,
        panel: ScorePanel,
        checker: SpellChecker | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.panel = panel
        self.checker = checker
        self.target: ReplyTarget | None = None
        self.report: ScoreReport | None = None
        # The text `report` judged: the trainee may have typed on since.
        self.report_text = ""
        self.rewrite_text: str | None = None
        self._lt_report: tuple[str, SpellReport] | None = None
        self._scoring = LatestOnly(self)
        self._rewriting = LatestOnly(self)
        self.score_timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.score_timer.timeout.connect(self.request_score)
        # Not restarted by each keystroke: continuous typing still sees a fresh judgement.
        self.refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.request_score)
        self.rewrite_timer = QTimer(self, singleShot=True, interval=REWRITE_DEBOUNCE_MS)
        self.rewrite_timer.timeout.connect(self._on_rewrite_due)
        editor.textChanged.connect(self._on_text_changed)
        panel.finding_activated.connect(self._on_finding_activated)
        panel.use_rewrite.connect(self.use_rewrite)

    @property
    def busy(self) -> bool:
        """A pass, a rewrite or a timer for one is pending (tests and the workbench wait)."""
        return (
            self.score_timer.isActive()
            or self.refresh_timer.isActive()
            or self.rewrite_timer.isActive()
            or self._scoring.busy
            or self._rewriting.busy
        )

    def set_target(self, target: ReplyTarget | None, *, new_attempt: bool = True) -> None:
        """Judge against `target` from now on. A pass for another scenario still running
        is dropped when it lands. `new_attempt` forgets the LanguageTool result (a new
        attempt starts from an empty editor); the same attempt going on with a reloaded
        rubric or its next turn keeps it."""
        self.target = target
        if new_attempt:
            self._lt_report = None

    def stop(self) -> None:
        """The window is closing: passes still queued would only draw into it."""
        self.score_timer.stop()
        self.refresh_timer.stop()
        self.rewrite_timer.stop()
        self._scoring.drop_waiting()
        self._rewriting.drop_waiting()

    # ------------------------------------------------------------------ judging

    def _on_text_changed(self) -> None:
        self.score_timer.start()
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()
        self.rewrite_timer.start()

    def request_score(self, check_spelling: bool = True) -> None:
        """Judge what is in the editor now on the scoring thread; draw it when it is done.

        With `check_spelling`, a configured LanguageTool also checks the text in a worker;
        its result comes back through another `request_score(check_spelling=False)`.
        """
        self.score_timer.stop()
        self.refresh_timer.stop()
        target = self.target
        if target is None:
            return
        text = self.editor.toPlainText()
        spelling = self._spelling_for(text)
        self._scoring.submit(
            lambda: judge_for_display(text, target.rubric, target.scenario, spelling),
            lambda judged: self._show_judged(judged, target.scenario, check_spelling),
            self.failed.emit,
        )

    def rescore(self, check_spelling: bool = True) -> None:
        """Judge the editor's text on this thread and draw it (tests, and where the caller
        needs the report before it goes on)."""
        target = self.target
        if target is None:
            return
        text = self.editor.toPlainText()
        judged = judge_for_display(text, target.rubric, target.scenario, self._spelling_for(text))
        self._show_judged(judged, target.scenario, check_spelling)

    def _spelling_for(self, text: str) -> SpellReport | None:
        return self._lt_report[1] if self._lt_report and self._lt_report[0] == text else None

    def _show_judged(self, judged: Judged, scenario: Scenario, check_spelling: bool) -> None:
        """Draw a pass's result. One for a text the trainee has typed on from still updates
        the panel (a judgement that refreshes while they type); the editor draws marks only
        for the text it shows."""
        target = self.target
        if target is None or target.scenario is not scenario:
            return  # another scenario (or a re-validated one) was opened meanwhile
        self.report = judged.report
        self.report_text = judged.text
        # In the interface language, whichever language the scenario and its rubric are in.
        labels = dimension_labels(target.rubric.dimensions, target.library)
        self.editor.dimension_labels = labels
        if judged.text.strip():
            self.panel.show_report(judged.report, labels)
        else:
            self.panel.show_empty()
        self.editor.set_marks(judged.text, judged.marks, judged.edits)
        if check_spelling and judged.text == self.editor.toPlainText():
            self._check_with_languagetool(judged.text, scenario)

    def _check_with_languagetool(self, text: str, scenario: Scenario) -> None:
        checker = self.checker
        if checker is None or isinstance(checker, OfflineSpellChecker) or not text.strip():
            return
        # The same words the offline checker accepts: vocabulary, names, company.
        request = SpellRequest(text, scenario.language, accepted_words(scenario))

        def done(result: SpellReport) -> None:
            if self.editor.toPlainText() != text:
                return  # stale: the trainee kept typing
            self._lt_report = (text, result)
            message = self.tr("Checked by: {backend}").format(backend=result.backend)
            self.status.emit(message, 3000)
            self.request_score(check_spelling=False)

        run_in_background(lambda: checker.check(request), done, self.failed.emit, owner=self)

    # ------------------------------------------------------------------ rewrite

    def _on_rewrite_due(self) -> None:
        """Compose the suggested rewrite on the scoring thread (it re-scores candidates)."""
        target = self.target
        if target is None:
            return
        text = self.editor.toPlainText()
        if not text.strip():
            self._show_rewrite(None, text)
            return
        known = self.report if self.report is not None and self.report_text == text else None
        self._rewriting.submit(
            lambda: rewrite(text, target.rubric, target.scenario, before=known),
            lambda result: self._show_rewrite(result, text),
            self.failed.emit,
        )

    def _show_rewrite(self, result: Rewrite | None, text: str) -> None:
        if text != self.editor.toPlainText():
            return  # typed on: the rewrite timer has started a newer one
        if result is None:
            self.rewrite_text = None
            self.panel.show_rewrite(None, 0, 0)
            return
        self.rewrite_text = result.text if result.improved else None
        self.panel.show_rewrite(
            list(result.diff),
            result.before.overall,
            result.after.overall,
            "" if result.offered else result.reason,
        )

    def use_rewrite(self) -> None:
        """Replace the reply with the suggested rewrite, as one edit the trainee can undo
        (composed now, on this thread, when none is shown yet)."""
        target = self.target
        if self.rewrite_text is None and target is not None:
            text = self.editor.toPlainText()
            self._show_rewrite(rewrite(text, target.rubric, target.scenario), text)
        if self.rewrite_text:
            self.editor.replace_all(self.rewrite_text)
            self.status.emit(self.tr("Rewrite applied (Ctrl+Z to undo)."), 5000)

    # ------------------------------------------------------------------ findings

    def _on_finding_activated(self, row: int) -> None:
        findings = self.panel.shown_findings()
        if not 0 <= row < len(findings):
            return
        finding = findings[row]
        for mark in self.editor.marks():
            if mark.finding == finding:
                self.editor.select_span(mark)
                return

    def step_finding(self, delta: int) -> None:
        """Select the next (`delta` 1) or previous (-1) finding in the list, wrapping."""
        count = self.panel.findings.count()
        if not count:
            return
        row = self.panel.findings.currentRow()
        row = 0 if row < 0 else (row + delta) % count
        self.panel.select_finding(row)

    def apply_suggestion_at_cursor(self) -> None:
        """Ctrl+.: apply the first suggestion of the finding at the cursor, or of the
        selected finding in the list when the cursor is on none."""
        mark = self.editor.mark_at(self.editor.textCursor().position())
        if mark is not None and mark.suggestions:
            self.editor.apply(mark, mark.suggestions[0])
            return
        target = self.target
        if self.report is None or target is None:
            return
        row = self.panel.findings.currentRow()
        findings = self.panel.shown_findings()
        if not 0 <= row < len(findings):
            return
        finding = findings[row]
        text = self.editor.toPlainText()
        items = suggest(text, self.report, target.rubric, target.scenario)
        match = next((s for s in items if s.finding == finding), None)
        if match is None:
            self.status.emit(self.tr("No suggestion for this finding."), 3000)
            return
        # Placed by the core: a missing move's sentence goes where the trainers put it.
        self.editor.apply_edit(match.edits[0])
