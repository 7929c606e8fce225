"""Base for every content model: immutable, and strict about unknown keys."""

import re
from collections.abc import Collection
from typing import Annotated, Any, Final

import regex
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationInfo
from pydantic_core import PydanticCustomError

from coach.content.authoring_messages import LocalisedValueError
from coach.content.regex_syntax import PatternSyntaxError, parse_pattern, pattern_problem


class ContentModel(BaseModel):
    """Frozen and `extra="forbid"`: a misspelt key is an error, never silently ignored.

    No float may be infinite or NaN (YAML's `.inf`, `.nan`, or `1e999`): no weight,
    threshold or time limit means anything then, and `time_limit_minutes: .inf` validated
    and then crashed the practice timer.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False
    )


# The validation context key under which the loader passes the language codes that have a
# profile (`coach.content.library.load_library`): content sits below the profiles.
LANGUAGES_CONTEXT: Final = "languages"


def _known_language(value: Any, info: ValidationInfo) -> Any:
    """`value` if it is a language code with a profile, else the error a closed list
    gives ("'fr' is not allowed here; use one of 'en' or 'ru'").

    A model validated without the codes (a test of one model, outside a library) takes
    any code; the loader always passes them, and scoring looks the profile up anyway."""
    known: Collection[str] | None = (info.context or {}).get(LANGUAGES_CONTEXT)
    if known is None or value in known:
        return value
    quoted = [repr(code) for code in known]
    expected = (
        " or ".join(quoted) if len(quoted) <= 2 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    )
    raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": expected})


# A scenario's or rubric's `language:`, checked against the registered language profiles.
LanguageCode = Annotated[str, BeforeValidator(_known_language)]


def checked_regex(pattern: str | None, quoted: bool = False) -> str | None:
    """`pattern` unchanged if it is a regular expression the scorer can run safely (None
    passes); otherwise the ValueError pydantic reports at the pattern's line and column.

    Safe means: `re` and the scoring engine (`regex`, which bounds the time of a match)
    both compile it, and `pattern_problem` finds nothing that would take exponential time
    or exhaust the engines (`(a+)+$`, `a{4294967296}`, 2 000 nested groups). The problem
    check runs first: compiling those raises OverflowError or RecursionError, not re.error.
    """
    if pattern is None:
        return None
    control = _CONTROL.search(pattern)
    if control is not None:
        code = ord(control.group())
        name = _CONTROL_NAMES.get(code)
        raise LocalisedValueError(
            "pattern_control_character",
            character=f"U+{code:04X}" + (f" ({name})" if name else ""),
            single=_single_quoted(pattern),
        )
    shown = f" '{_short(pattern)}'" if quoted else ""
    try:
        problem = pattern_problem(pattern)
    except PatternSyntaxError:
        problem = None  # not a pattern at all: `re` below says what is wrong
    if problem is not None:
        raise ValueError(f"unsafe regular expression{shown}: {problem}")
    try:
        re.compile(pattern)
        regex.compile(pattern)
    except (re.error, regex.error) as exc:
        raise ValueError(f"invalid regular expression{shown}: {exc}") from exc
    except (OverflowError, RecursionError, MemoryError) as exc:
        raise ValueError(f"invalid regular expression{shown}: too large to compile") from exc
    try:
        parse_pattern(pattern)
    except PatternSyntaxError as exc:
        # `re` accepts it but it cannot be checked for the problems above: refused rather
        # than trusted, since a pattern runs on every keystroke.
        raise ValueError(
            f"regular expression{shown} uses syntax the safety check does not know ({exc}); "
            "write it more simply"
        ) from exc
    return pattern


# Characters a pattern never means to hold, which double-quoted YAML makes from escapes:
# "\b" (a word boundary to the trainer) is a backspace to YAML, "\a" a bell. Tab and line
# breaks are left alone: a pattern may mean them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_NAMES = {
    0x00: "NUL",
    0x07: "bell",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "form feed",
    0x1B: "ESC",
}
# YAML's double-quoted escapes back to what the trainer typed.
_AS_TYPED = {
    "\x07": "\\a",
    "\x08": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\r": "\\r",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\x1b": "\\e",
    "\x00": "\\0",
}


def _single_quoted(pattern: str) -> str:
    """`pattern` as the trainer typed it inside double quotes, written in single quotes."""
    typed = "".join(_AS_TYPED.get(ch, ch) for ch in pattern)
    return "'" + typed.replace("'", "''") + "'"


def _short(pattern: str) -> str:
    return pattern if len(pattern) <= 60 else pattern[:57] + "..."


_SENTENCE_END = (".", "!", "?", "…")


def fitting_replacements(replacements: list[str], replaces: str) -> list[str]:
    """`replacements` if each can stand where it goes, else a ValueError saying why.

    A sentence-wide replacement is a whole sentence: it starts with a capital (or a slot
    such as "{name}") and ends with . ! ? or …. A phrase or clause sits inside a sentence,
    so it must not end one (“next time it helps to.” would end the reply mid-thought).
    An empty replacement deletes what it replaces and always fits.
    """
    for text in replacements:
        stripped = text.strip()
        if not stripped:
            continue
        ends = stripped.endswith(_SENTENCE_END)
        if replaces == "sentence":
            starts = stripped[:1].isupper() or stripped.startswith("{")
            if not (starts and ends):
                raise ValueError(
                    f"replacement '{stripped}' replaces a whole sentence, so it must be one: "
                    "start it with a capital letter and end it with . ! ? or …"
                )
        elif ends:
            raise ValueError(
                f"replacement '{stripped}' ends a sentence but replaces only a {replaces}; "
                "drop the final punctuation, or set 'replaces: sentence'"
            )
    return replacements
