"""The time left of a timed scenario, drawn on a label above the reply.

The clock itself (when the attempt started, its limit) is `coach.practice.flow.Clock`,
without Qt; this only ticks once a second and draws what the clock says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from coach.practice.flow import Clock

# "Time is up": white on the error red, bold, padded like a banner.
TIME_UP_STYLE = "QLabel { background: #c92a2a; color: white; font-weight: bold; padding: 6px; }"


class TimeLimitDisplay(QObject):
    """Shows `clock()` on `label` while the open attempt has a time limit; hides it when
    it has none. `timer` ticks once a second until the time is up."""

    def __init__(
        self, label: QLabel, clock: Callable[[], Clock | None], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.label = label
        self._clock = clock
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        label.hide()

    def start(self) -> None:
        """An attempt (or its next turn) began: show its limit and tick, or hide."""
        clock = self._clock()
        limited = clock is not None and clock.limited
        self.label.setVisible(limited)
        if limited:
            self.tick()
            self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        clock = self._clock()
        if clock is None or not clock.limited:
            return
        if clock.time_up:
            self.label.setText(self.tr("⏰ Time is up — submit when you are ready."))
            # Hard to miss without being a modal interruption of the trainee's typing.
            self.label.setStyleSheet(TIME_UP_STYLE)
            self.label.setProperty("timeUp", True)
            self.timer.stop()
            return
        self.label.setStyleSheet("")
        self.label.setProperty("timeUp", False)
        minutes, seconds = clock.minutes_seconds
        self.label.setText(self.tr("Time left: {m}:{s:02d}").format(m=minutes, s=seconds))
