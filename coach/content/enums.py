"""The closed vocabularies of the content formats, shared by scenarios and rubrics."""

from typing import Final, Literal, TypeAlias

# A language code ("en", "ru"): one with a profile in `coach.text.languages`. Content sits
# below the profiles, so the loader is told which codes exist
# (`coach.content.library.load_library`) rather than listing them here.
Language: TypeAlias = str
# The language of messages for a file or reply whose language has none of its own.
DEFAULT_LANGUAGE: Final = "en"

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
