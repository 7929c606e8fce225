"""Convert between Python string indexes (code points) and Qt's (UTF-16 code units).

An emoji or any other character outside the Basic Multilingual Plane is one code point
in Python but two UTF-16 units in Qt; without this, every highlight after an emoji would
land one character too early.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Index conversions for one text (built once per text, O(log n) per lookup)."""

    def __init__(self, text: str) -> None:
        # Code-point positions of the astral characters (each adds one UTF-16 unit).
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_utf16 = [i + n + 1 for n, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """UTF-16 position of code-point position `index`."""
        return index + bisect_right(self._astral, index - 1)

    def from_qt(self, position: int) -> int:
        """Code-point position of UTF-16 position `position`."""
        return position - bisect_right(self._astral_utf16, position)
