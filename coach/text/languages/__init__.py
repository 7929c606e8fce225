"""The language profiles, looked up by code: `profile("ru")`.

English and Russian are registered on import (`en.py`, `ru.py`). A new language is one
more profile module registered here, plus its default rubric, its word list and its
translation (see the README's "Adding a language"); `register` also takes a profile at
run time, which is how the tests prove a third language scores end to end.
"""

from __future__ import annotations

from typing import Final

from coach.content.enums import DEFAULT_LANGUAGE
from coach.errors import ContentError
from coach.text.languages import en, ru
from coach.text.languages.profile import (
    FleschConstants,
    Inflector,
    LanguageProfile,
    SpellingRules,
    bundled_word_list,
)

__all__ = [
    "FALLBACK",
    "FleschConstants",
    "Inflector",
    "LanguageProfile",
    "SpellingRules",
    "bundled_word_list",
    "codes",
    "core_message",
    "find_profile",
    "profile",
    "profiles",
    "register",
    "unregister",
]

# The language whose messages stand in for a language that lacks one.
FALLBACK: Final = DEFAULT_LANGUAGE

# In registration order, which breaks ties (language detection prefers the first).
_PROFILES: dict[str, LanguageProfile] = {}


def register(language: LanguageProfile) -> None:
    """Make `language` known by its code; registering a different profile under a code
    already taken is refused, so two modules cannot silently fight over one language."""
    known = _PROFILES.get(language.code)
    if known is not None and known is not language:
        raise ValueError(f"a profile for language '{language.code}' is already registered")
    _PROFILES[language.code] = language


def unregister(code: str) -> None:
    """Forget the profile of `code` (a language registered at run time, e.g. by a test)."""
    _PROFILES.pop(code, None)


def find_profile(code: str) -> LanguageProfile | None:
    return _PROFILES.get(code)


def profile(code: str) -> LanguageProfile:
    """The profile of `code`; content validation admits only registered codes, so a
    missing one here means text reached the core without going through it."""
    try:
        return _PROFILES[code]
    except KeyError:
        raise ContentError(
            f"no language profile for '{code}' (known: {', '.join(_PROFILES)})"
        ) from None


def profiles() -> tuple[LanguageProfile, ...]:
    return tuple(_PROFILES.values())


def codes() -> tuple[str, ...]:
    return tuple(_PROFILES)


def core_message(code: str, message_id: str) -> str:
    """The core's message `message_id` in language `code`, else in English."""
    found = _PROFILES.get(code)
    if found is not None and message_id in found.messages:
        return found.messages[message_id]
    return _PROFILES[FALLBACK].messages[message_id]


register(en.PROFILE)
register(ru.PROFILE)
