"""The roles a sentence of a support reply can play, as the trainers' rating guide names
them. Positive roles are the moves of a good reply; negative roles are what makes a
trainer reject one however polite the rest is."""

from __future__ import annotations

from typing import Literal

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

POSITIVE_ROLES: tuple[Role, ...] = (
    "greeting",
    "acknowledgement",
    "apology",
    "appreciation",
    "explanation",
    "action_taken",
    "next_step",
    "closing",
)
NEGATIVE_ROLES: tuple[Role, ...] = (
    "blame",
    "condescension",
    "dismissal",
    "unprofessional",
    "over_promise",
)
ROLES: tuple[Role, ...] = POSITIVE_ROLES + NEGATIVE_ROLES


def is_role(name: str) -> bool:
    return name in ROLES
