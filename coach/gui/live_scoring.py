"""Judging the reply while the trainee types, off the UI thread.

A scoring pass (embedding new sentences, the role heads, every check, the suggestions)
takes 7-25 ms, more for a long paste; on the UI thread that is a dropped frame per
keystroke. Passes run on the scoring pool instead, and they coalesce: while one runs,
only the newest text waits, so a fast typist never queues a backlog of stale passes. The
UI thread only draws the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.gui.workers import run_in_background, scoring_pool
from coach.rephrase import Edit, suggest
from coach.scoring import ScoreReport, score_reply
from coach.scoring.report import Finding, Suggestion
from coach.text.spelling.base import SpellReport

# Draw the judgement this long after typing pauses (`bench.gui`: shown after ~80 ms,
# worst ~150-200 ms; at 120 the worst was 190-275 ms, over the 200 ms target)...
PAUSE_MS = 90
# ...and at least this often while typing goes on: one pass plus this stays under 500 ms
# (worst gap ~430 ms; at 400 it reached 500).
REFRESH_MS = 340


@dataclass(frozen=True)
class Judged:
    """What the panel and the editor show for one text."""

    text: str
    report: ScoreReport
    marks: list[tuple[Finding, tuple[Suggestion, ...]]]
    # For each mark, the edit that applies each suggestion to `text` (placed by the core).
    edits: list[tuple[Edit, ...]] = field(default_factory=list)


def judge_for_display(
    text: str, rubric: Rubric, scenario: Scenario, spelling: SpellReport | None = None
) -> Judged:
    """Score `text` and pair each finding with its suggestions (no widgets touched)."""
    report = score_reply(text, rubric, scenario, spelling=spelling)
    by_index = {s.index: s for s in suggest(text, report, rubric, scenario)}
    found = [by_index.get(i) for i in range(len(report.findings))]
    marks = [(f, s.suggestions if s else ()) for f, s in zip(report.findings, found, strict=True)]
    return Judged(text, report, marks, [s.edits if s else () for s in found])


class LatestOnly:
    """Runs jobs on the scoring pool (or `pool`) one at a time; a job asked for while another runs
    waits, and a newer one replaces it (only the newest text is worth judging)."""

    def __init__(self, owner: QObject, pool: QThreadPool | None = None) -> None:
        self._owner = owner
        # Another pool for work that must not wait behind scoring (validating YAML).
        self._pool = pool or scoring_pool()
        self._running = False
        self._waiting: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
        self._on_error: Callable[[BaseException], None] | None = None

    @property
    def busy(self) -> bool:
        return self._running or self._waiting is not None

    def drop_waiting(self) -> None:
        """Forget the job waiting behind the running one (the window is closing)."""
        self._waiting = None

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._on_error = on_error
        if self._running:
            self._waiting = (fn, on_done)
            return
        self._start(fn, on_done)

    def _start(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._running = True

        def done(result: Any) -> None:
            self._running = False
            on_done(result)
            self._next()

        def failed(exc: BaseException) -> None:
            self._running = False
            self._next()
            if self._on_error is not None:
                self._on_error(exc)

        run_in_background(fn, done, failed, owner=self._owner, pool=self._pool)

    def _next(self) -> None:
        if self._waiting is not None:
            fn, on_done = self._waiting
            self._waiting = None
            self._start(fn, on_done)
