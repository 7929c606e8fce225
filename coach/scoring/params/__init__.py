"""What a rubric may set on each check type: one pydantic model per type, validated when
the rubric loads.

Kept apart from the checks (`coach.scoring.checks`), which read them on every keystroke:
the checks are compiled to C when the native build is present (see `coach.native`), and
pydantic models must stay plain Python classes.
"""

from coach.scoring.params import (
    avoid,
    customer_name,
    key_points,
    length,
    move,
    phrases,
    readability,
    repetition,
    respect,
    sentence_length,
    sentence_role,
    shouting,
    spelling,
)

__all__ = [
    "avoid",
    "customer_name",
    "key_points",
    "length",
    "move",
    "phrases",
    "readability",
    "repetition",
    "respect",
    "sentence_length",
    "sentence_role",
    "shouting",
    "spelling",
]
