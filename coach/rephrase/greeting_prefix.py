"""A salutation at the start of a sentence ("Hi Priya, …", "Анна, здравствуйте! …").

Trainers' sentences often open with one; in a rewrite that already has its greeting, a
second "Hi Priya," in the middle of the reply reads as a pasted-in block, so it is cut.
So is a bare address by name ("Sarah, I understand."): after "Hi Sarah," it greets twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
_PREFIX = re.compile(
    rf"""^\s*(?:
        (?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))(?:\s+{_NAME})?\s*[,!]
      | (?:здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет)(?:,?\s+{_NAME})?\s*[,!]
      | {_NAME},\s*(?:здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро)\s*[,!]
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)


# "Hi Daniel,", "Добрый день.", "Hello there!": a greeting this short says nothing else.
BARE_GREETING_WORDS = 3


def is_bare_greeting(text: str) -> bool:
    """A greeting that is nothing but a greeting (measured in words)."""
    return len(text.split()) <= BARE_GREETING_WORDS


def is_salutation(sentence: str) -> bool:
    """Whether `sentence` opens with a greeting word ("Hi", "Здравствуйте"), not only a
    name."""
    return _PREFIX.match(sentence) is not None


def opens_with_address(sentence: str, names: Iterable[str] = ()) -> bool:
    """Whether `sentence` opens with a salutation or an address by one of `names` and goes
    on to say more: the scorer takes such a first sentence for the greeting."""
    return without_salutation(sentence, names) != sentence


def without_salutation(sentence: str, names: Iterable[str] = ()) -> str:
    """`sentence` without a leading salutation (or address by one of `names` followed by
    a comma), its next word capitalised; unchanged when it has none or is nothing but one."""
    match = _PREFIX.match(sentence)
    if match is None:
        for name in names:
            match = re.match(rf"\s*{re.escape(name)}\s*,\s*", sentence, re.IGNORECASE)
            if match is not None:
                break
    if match is None:
        return sentence
    rest = sentence[match.end() :]
    if len(rest.split()) < 2:
        return sentence
    return rest[:1].upper() + rest[1:]
