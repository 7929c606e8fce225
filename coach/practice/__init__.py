"""The practice flow, Qt-free: an attempt's turns, clock, drafts and submits.

The GUI's practice window is a thin shell over `PracticeFlow` (decisions) and
`WriteQueue` (the store calls, in order, off the UI thread through a runner it passes).
"""

from coach.practice.flow import UNNAMED, Clock, PendingSubmit, PracticeFlow, Results
from coach.practice.session import Message, PracticeSession, examples_for_turn
from coach.practice.writes import DraftKey, Runner, Submitted, WriteQueue

__all__ = [
    "UNNAMED",
    "Clock",
    "DraftKey",
    "Message",
    "PendingSubmit",
    "PracticeFlow",
    "PracticeSession",
    "Results",
    "Runner",
    "Submitted",
    "WriteQueue",
    "examples_for_turn",
]
