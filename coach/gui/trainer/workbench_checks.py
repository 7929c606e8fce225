"""The workbench's checks, off the UI thread: validate the buffer, then selftest it.

Typing restarts a short timer; when it fires, the buffer is validated on the global pool
(parsing YAML must not wait behind a scoring pass), and a buffer that loads is then
selftested on the scoring pool, where every pass that uses the sentence encoder runs.
Each stage keeps at most one job waiting behind the running one (`LatestOnly`), so a
fast typist never queues a backlog of stale checks. The reply a trainer tries against
the scenario is judged by the try pane's own `LiveFeedback`, as in the practice window;
`busy` counts it too, so "the checks are done" means everything the workbench started.

Signals: checked(object) — `(text, DraftCheck)` for the buffer text it validated;
selftested(object) — `(text, ScenarioResult)` for the buffer text it tested;
failed(object) — an exception (a bug).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from coach.gui.live_feedback import LiveFeedback
from coach.gui.live_scoring import LatestOnly
from coach.scoring.draft import DraftCheck, DraftChecker, selftest_draft

# Validate this long after typing pauses (parsing the buffer takes 20-80 ms).
CHECK_PAUSE_MS = 300


class WorkbenchChecks(QObject):
    checked = Signal(object)
    selftested = Signal(object)
    failed = Signal(object)

    def __init__(self, folders: Sequence[Path] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._checker = DraftChecker(folders)
        # Validation on the global pool: the checker is used by one job at a time.
        self._validating = LatestOnly(self, QThreadPool.globalInstance())
        self._selftesting = LatestOnly(self)
        self._pending: tuple[str, Path] | None = None
        self._trying: LiveFeedback | None = None
        self.check_timer = QTimer(self, singleShot=True, interval=CHECK_PAUSE_MS)
        self.check_timer.timeout.connect(self._on_check_due)

    @property
    def busy(self) -> bool:
        return (
            self.check_timer.isActive()
            or self._validating.busy
            or self._selftesting.busy
            or (self._trying is not None and self._trying.busy)
        )

    def wait_for(self, trying: LiveFeedback) -> None:
        """Count the try pane's judging and rewriting as busy too."""
        self._trying = trying

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

    def _on_error(self, exc: BaseException) -> None:
        self.failed.emit(exc)
