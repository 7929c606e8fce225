"""How JSON columns are written: `json.dumps`, except for text already encoded.

`coach rescore` encodes each attempt's findings in the worker process that scored it, so
the parent, which every worker waits on, only passes the text through (and unpickles a
string instead of a few dozen nested dicts). Marking that text as `EncodedJSON` keeps it
from being encoded a second time, as a JSON string.

Either way the text leaves with no `\\u0000` escape: PostgreSQL's JSONB refuses it, so a
NUL pasted into a reply (and quoted in its findings) is written as U+FFFD instead, as
`coach.store.storable` explains.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

# A \u0000 escape, not the tail of an escaped backslash followed by "u0000".
_NUL_ESCAPE: Final = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


class EncodedJSON(str):
    """Text that already is the JSON encoding of a value."""

    __slots__ = ()


def encode(value: Any) -> Any:
    """The engine's JSON serializer: the stored text is what `json.dumps` gives."""
    text = str(value) if isinstance(value, EncodedJSON) else json.dumps(value)
    return _NUL_ESCAPE.sub(r"\1\\ufffd", text) if "\\u0000" in text else text


def encoded(value: Any) -> EncodedJSON:
    return EncodedJSON(json.dumps(value))
