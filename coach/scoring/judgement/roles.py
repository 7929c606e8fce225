"""The roles a sentence of a support reply can play, as the trainers' rating guide names
them. Positive roles are the moves of a good reply; negative roles are what makes a
trainer reject one however polite the rest is."""

from __future__ import annotations

from typing import Literal, get_args

Role = Literal[
    "greeting",
    "acknowledgement",
    "apology",
    "appreciation",
    "explanation",
    "action_taken",
    "next_step",
    "closing",
    "blame",
    "condescension",
    "dismissal",
    "unprofessional",
    "over_promise",
]

# In that order: the first eight are the moves of a good reply, the rest the negatives.
ROLES: tuple[Role, ...] = get_args(Role)
POSITIVE_ROLES: tuple[Role, ...] = ROLES[:8]
NEGATIVE_ROLES: tuple[Role, ...] = ROLES[8:]
