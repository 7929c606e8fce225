"""How JSON columns are written: `json.dumps`, except for text already encoded.

`coach rescore` encodes each attempt's findings in the worker process that scored it, so
the parent, which every worker waits on, only passes the text through (and unpickles a
string instead of a few dozen nested dicts). Marking that text as `EncodedJSON` keeps it
from being encoded a second time, as a JSON string.
"""

from __future__ import annotations

import json
from typing import Any


class EncodedJSON(str):
    """Text that already is the JSON encoding of a value."""

    __slots__ = ()


def encode(value: Any) -> Any:
    """The engine's JSON serializer: the stored text is what `json.dumps` gives."""
    return str(value) if isinstance(value, EncodedJSON) else json.dumps(value)


def encoded(value: Any) -> EncodedJSON:
    return EncodedJSON(json.dumps(value))
