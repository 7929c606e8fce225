"""One practice attempt's state: the scenario, the turn, the conversation, the clock.

Plain Python (no widgets) so the flow can be followed and tested on its own.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from coach.content.scenario import Scenario
from coach.gui.scenario_view import Message


@dataclass
class PracticeSession:
    scenario: Scenario
    turn: int = 0
    conversation: list[Message] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    first_key: float | None = None

    def __post_init__(self) -> None:
        if not self.conversation:
            first = self.scenario.turns[0].message or ""
            self.conversation = [Message(first, from_customer=True)]

    def mark_first_key(self) -> None:
        if self.first_key is None:
            self.first_key = time.monotonic()

    def ms_to_first_key(self) -> int | None:
        return None if self.first_key is None else round((self.first_key - self.started) * 1000)

    def ms_elapsed(self) -> int:
        return round((time.monotonic() - self.started) * 1000)

    def seconds_left(self) -> float | None:
        limit = self.scenario.time_limit_minutes
        return None if limit is None else limit * 60 - (time.monotonic() - self.started)

    def advance(self, reply: str, next_message: str) -> None:
        """The trainee replied and the customer answered: start the next turn."""
        self.conversation += [Message(reply, False), Message(next_message, True)]
        self.turn += 1
        self.restart_clock()

    def restart_clock(self) -> None:
        self.started = time.monotonic()
        self.first_key = None
