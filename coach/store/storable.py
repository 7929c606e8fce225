"""Text made storable on both back ends: every NUL character becomes U+FFFD.

A NUL (U+0000) reaches a reply from a paste (a PDF, a terminal, a binary file). PostgreSQL
refuses it in every text and JSONB value, so such an attempt could never be stored there;
SQLite keeps it, but tools that read C strings cut the text at it. Replacing it keeps
the reply, rather than refusing it or silently dropping the character:

- U+FFFD REPLACEMENT CHARACTER is one code point, like the NUL it replaces, so every
  finding's character span still points at the same words of the stored reply;
- it shows (as �) where something unprintable was, so a reviewer is not misled;
- both back ends store the same text, so the same reply reads back the same from either.

The store applies this to what it writes (attempts, drafts, reviews, names); JSON columns
get the same through `json_codec.encode`.
"""

from __future__ import annotations

from typing import Final

NUL: Final = "\x00"
REPLACEMENT: Final = "\ufffd"


def storable(text: str) -> str:
    """`text` with each NUL replaced by U+FFFD (same length, same offsets)."""
    return text.replace(NUL, REPLACEMENT) if NUL in text else text
