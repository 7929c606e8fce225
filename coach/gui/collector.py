"""Garbage collection on the UI thread only.

Python collects reference cycles in whichever thread happens to allocate when a
generation fills up. In this app that can be a worker thread (loading content, asking
LanguageTool), and a cycle that holds a Qt widget's wrapper then destroys the widget off
the UI thread, which crashes Qt (a test run caught exactly that: a segfault while
"Garbage-collecting" inside a LanguageTool check). So automatic collection is switched
off and a timer on the UI thread collects instead, as often as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class UiThreadCollector(QObject):
    """While it lives, cycles are collected only on the thread that created it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, if any."""
        young, middle, old = gc.get_count()
        if young <= self._threshold[0]:
            return
        generation = 0
        if middle > self._threshold[1]:
            generation = 2 if old > self._threshold[2] else 1
        gc.collect(generation)

    def stop(self) -> None:
        """Hand collection back to Python (at shutdown, or in tests)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
