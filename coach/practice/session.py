"""One practice attempt's state: the scenario, the turn, the conversation, the clocks.

Plain Python (no widgets) so the flow can be followed and tested on its own.

Two clocks: the scenario's time limit runs once for the whole attempt (a two-turn chat with
five minutes is five minutes, not five per turn), while the times stored with each turn's
attempt (to the first keystroke, to submit) are measured from the start of that turn.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from coach.content.scenario import Example, Scenario


@dataclass(frozen=True)
class Message:
    """One message of the conversation; `from_customer` is False for the trainee's."""

    text: str
    from_customer: bool


@dataclass
class PracticeSession:
    scenario: Scenario
    turn: int = 0
    conversation: list[Message] = field(default_factory=list)
    # When the attempt at the scenario began: the time limit counts from here.
    started: float = field(default_factory=time.monotonic)
    # When the current turn began: the stored per-turn timings count from here.
    turn_started: float = field(default_factory=time.monotonic)
    first_key: float | None = None
    # The id of the turn or branch the customer's latest message came from.
    turn_id: str = ""

    def __post_init__(self) -> None:
        if not self.conversation:
            first = self.scenario.turns[0].message or ""
            self.conversation = [Message(first, from_customer=True)]
        if not self.turn_id:
            self.turn_id = self.scenario.turns[0].id

    def mark_first_key(self) -> None:
        if self.first_key is None:
            self.first_key = time.monotonic()

    def ms_to_first_key(self) -> int | None:
        if self.first_key is None:
            return None
        return round((self.first_key - self.turn_started) * 1000)

    def ms_elapsed(self) -> int:
        return round((time.monotonic() - self.turn_started) * 1000)

    def seconds_left(self) -> float | None:
        limit = self.scenario.time_limit_minutes
        return None if limit is None else limit * 60 - (time.monotonic() - self.started)

    def with_reply(self, reply: str) -> list[Message]:
        """The conversation as it reads once this turn's reply is sent."""
        return [*self.conversation, Message(reply, from_customer=False)]

    def advance(self, reply: str, next_message: str, next_id: str = "") -> None:
        """The trainee replied and the customer answered: start the next turn (the
        attempt's time limit keeps running)."""
        self.conversation = [*self.with_reply(reply), Message(next_message, True)]
        self.turn += 1
        self.turn_id = next_id
        self.turn_started = time.monotonic()
        self.first_key = None


def examples_for_turn(scenario: Scenario, turn: int) -> list[Example]:
    """The trainers' example replies to show after the trainee answered turn `turn`.

    A scenario's examples answer its first customer message (the format has no examples
    for later turns yet), so a later turn has none: showing the first turn's again would
    teach an answer to a message the customer did not send.
    """
    return list(scenario.examples.good) if turn == 0 else []
