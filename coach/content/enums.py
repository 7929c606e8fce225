"""The closed vocabularies of the content formats, shared by scenarios and rubrics."""

from typing import Literal

Language = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")

Category = Literal["technical", "customer", "product", "billing", "multilingual"]
Tier = Literal["L1", "L2", "L3"]
Channel = Literal["email", "chat"]
# Icons, labels and the aliases trainers may write: coach/content/moods.py.
Mood = Literal[
    "angry",
    "annoyed",
    "frustrated",
    "upset",
    "anxious",
    "worried",
    "confused",
    "sarcastic",
    "impatient",
    "polite",
    "neutral",
]
Severity = Literal["critical", "major", "minor", "info", "positive"]
# What a substitution replaces: the matched words, the clause around them (between commas,
# semicolons, colons or dashes), or the whole sentence.
Replaces = Literal["phrase", "clause", "sentence"]
