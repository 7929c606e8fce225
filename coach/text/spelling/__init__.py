"""Spelling and grammar back ends: LanguageTool (a server or local copy) and an offline one.

`configured_checker()` picks one from the settings or environment; the rest of the app
only sees the `SpellChecker` protocol and the `SpellReport` it returns.
"""

from coach.text.spelling.base import SpellChecker, SpellIssue, SpellReport, SpellRequest
from coach.text.spelling.languagetool import (
    LanguageNotSupported,
    LanguageToolChecker,
    LanguageToolUnavailable,
)
from coach.text.spelling.offline import OfflineSpellChecker
from coach.text.spelling.selection import FallbackChecker, check_connection, configured_checker

__all__ = [
    "FallbackChecker",
    "LanguageNotSupported",
    "LanguageToolChecker",
    "LanguageToolUnavailable",
    "OfflineSpellChecker",
    "SpellChecker",
    "SpellIssue",
    "SpellReport",
    "SpellRequest",
    "check_connection",
    "configured_checker",
]
