"""The workbench's checks, off the UI thread: validate the buffer, then selftest it, and
score the reply a trainer tries against it.

Typing restarts a short timer; when it fires, the buffer is validated on the global pool
(parsing YAML must not wait behind a scoring pass), and a buffer that loads is then
selftested on the scoring pool, where every pass that uses the sentence encoder runs.
Each stage keeps at most one job waiting behind the running one (`LatestOnly`), so a
fast typist never queues a backlog of stale checks.

Signals: checked(object) — `(text, DraftCheck)` for the buffer text it validated;
selftested(object) — `(text, ScenarioResult)` for the buffer text it tested;
scored(object) — `(reply text, ScoreReport)`; failed(object) — an exception (a bug).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.gui.live_scoring import LatestOnly
from coach.scoring import score_reply
from coach.scoring.draft import DraftCheck, DraftChecker, selftest_draft

# Validate this long after typing pauses (parsing the buffer takes 20-80 ms).
CHECK_PAUSE_MS = 300
# Score a tried reply this long after typing pauses, as the practice window does.
SCORE_PAUSE_MS = 150


class WorkbenchChecks(QObject):
    checked = Signal(object)
    selftested = Signal(object)
    scored = Signal(object)
    failed = Signal(object)

    def __init__(self, folders: Sequence[Path] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._checker = DraftChecker(folders)
        # Validation on the global pool: the checker is used by one job at a time.
        self._validating = LatestOnly(self, QThreadPool.globalInstance())
        self._selftesting = LatestOnly(self)
        self._scoring = LatestOnly(self)
        self._pending: tuple[str, Path] | None = None
        self._pending_reply: tuple[str, Rubric, Scenario] | None = None
        self.check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self.check_timer.timeout.connect(self._on_check_due)
        self.score_timer = QTimer(self, singleShot=True, interval=SCORE_PAUSE_MS)
        self.score_timer.timeout.connect(self._on_score_due)

    @property
    def busy(self) -> bool:
        return (
            self.check_timer.isActive()
            or self.score_timer.isActive()
            or self._validating.busy
            or self._selftesting.busy
            or self._scoring.busy
        )

    def set_folders(self, folders: Sequence[Path]) -> None:
        """A content folder was added: check against the new search path from now on."""
        self._checker = DraftChecker(folders)

    def request_check(self, text: str, path: Path) -> None:
        """Validate (and then selftest) `text` as the content of `path` after a pause."""
        self._pending = (text, path)
        self.check_timer.start()

    def check_now(self, text: str, path: Path) -> None:
        self._pending = (text, path)
        self._on_check_due()

    def request_score(self, reply: str, rubric: Rubric, scenario: Scenario) -> None:
        self._pending_reply = (reply, rubric, scenario)
        self.score_timer.start()

    def _on_check_due(self) -> None:
        self.check_timer.stop()
        if self._pending is None:
            return
        text, path = self._pending
        self._pending = None
        checker = self._checker
        self._validating.submit(
            lambda: checker.check(text, path), lambda c: self._on_checked(text, c), self._on_error
        )

    def _on_checked(self, text: str, check: DraftCheck) -> None:
        self.checked.emit((text, check))
        if check.scenario is None or not check.valid:
            return
        self._selftesting.submit(
            lambda: (text, selftest_draft(check)), self.selftested.emit, self._on_error
        )

    def _on_score_due(self) -> None:
        if self._pending_reply is None:
            return
        reply, rubric, scenario = self._pending_reply
        self._pending_reply = None
        self._scoring.submit(
            lambda: (reply, score_reply(reply, rubric, scenario)),
            self.scored.emit,
            self._on_error,
        )

    def _on_error(self, exc: BaseException) -> None:
        self.failed.emit(exc)
