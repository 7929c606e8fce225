"""razdel's sentence segmentation, with a fast path for plain sentence ends.

razdel decides each candidate boundary (".", "?", "!", a quote, a bracket, a smiley) by
running its rules on the text around it: abbreviations ("т. е.", "e.g."), initials, list
items, quotes, a lower-case word after the stop… Most boundaries in a support reply are
plain: a word, "." / "!" / "?", a space and a capitalised word. For those no rule can join,
and checking that takes a few set lookups instead of razdel's ~10 µs a boundary, which made
razdel the largest single cost of scoring a reply. Every other boundary goes through
razdel's own rules, and `tests/text/test_sentenize.py` checks the result equals razdel's.
"""

from __future__ import annotations

import re

from razdel.segmenters.punct import SMILES
from razdel.segmenters.sentenize import (
    BULLET_SIZE,
    DELIMITERS,
    HEAD_SOKRS,
    INITIALS,
    LAST_TOKEN,
    PAIR_SOKR,
    PAIR_SOKRS,
    SentSplit,
    SentSplitter,
    sentenize,
)

_WINDOW = SentSplitter().window
# razdel's list-item rule only looks at sentences this short.
_LIST_ITEM_SIZE = BULLET_SIZE
# razdel's candidates are a smiley or one delimiter character. Its pattern opens with that
# alternation, which `re` tries at every character; a pattern opening with a character set
# is scanned several times faster, so candidates are found by their first character.
_SMILEY_STARTS = "=:;"
_CANDIDATE = re.compile("[" + re.escape(_SMILEY_STARTS + DELIMITERS) + "]")
_SMILEY = re.compile(SMILES)
# After a plain stop: white space, then a capitalised word of letters only (razdel's first
# token on the right is its run of letters and "_", so a "_" after them sends it to razdel).
_PLAIN_RIGHT = re.compile(r"\s+([^\W\d_]++)(?!_)")


def sentence_spans(block: str) -> list[tuple[int, int]]:
    """(start, stop) of each sentence of `block`, exactly as `razdel.sentenize` gives
    them: each stripped of surrounding white space."""
    chunks: list[tuple[int, int]] = []
    begin = 0  # where the sentence being built starts
    after = 0  # where the last candidate ended: candidates do not overlap
    for found in _CANDIDATE.finditer(block):
        start = found.start()
        if start < after:
            continue
        delimiter = found.group()
        if delimiter in _SMILEY_STARTS:
            smiley = _SMILEY.match(block, start)
            if smiley is not None:
                delimiter = smiley.group()
            elif delimiter not in DELIMITERS:
                continue  # ":" or "=" alone
        stop = after = start + len(delimiter)
        if not _plain_end(block, begin, start, stop, delimiter):
            split = SentSplit(
                block[max(0, start - _WINDOW) : start],
                delimiter,
                block[stop : stop + _WINDOW],
                # razdel reads the sentence so far only to see whether it is a short list
                # item ("1."); its last 21 characters tell that as well as the whole, and
                # keep a long run of joined stops ("a.a.a.…") linear instead of quadratic.
                block[max(begin, start - _LIST_ITEM_SIZE - 1) : start],
            )
            if sentenize.join(split):
                continue
        chunks.append((begin, stop))
        begin = stop
    chunks.append((begin, len(block)))
    return _stripped(block, chunks)


def _plain_end(block: str, begin: int, start: int, stop: int, delimiter: str) -> bool:
    """True when razdel would certainly split here (no rule of it can join): the stop is
    ".", "!" or "?" after a word, and a space and a capitalised word follow. The words are
    read as razdel reads them, from the same ten-character windows."""
    if delimiter not in ".!?":
        return False
    right = _PLAIN_RIGHT.match(block, stop, stop + _WINDOW)
    if right is None or not right.group(1)[0].isupper():
        return False  # lower case, a digit, a quote, a dash, a smiley: razdel decides
    if start == 0 or block[start - 1].isspace():
        return False  # razdel's rules look for a word further left
    if delimiter != ".":
        return True
    if start - begin <= _LIST_ITEM_SIZE:
        return False  # "1." or "а)" may open a list item
    left = block[max(0, start - _WINDOW) : start]
    if "." in left and PAIR_SOKR.search(left):
        return False  # "т. е.", "e. g."
    word = left.rsplit(None, 1)[-1]
    if not word.isalpha():
        last = LAST_TOKEN.search(left)
        if last is None:
            return False
        word = last.group(1)
    lower = word.lower()
    return not (
        lower in HEAD_SOKRS
        or lower in INITIALS
        or (word.isupper() and len(word) == 1)  # an initial: "A. Pushkin"
        or (lower, right.group(1).lower()) in PAIR_SOKRS
    )


def _stripped(block: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Chunks trimmed of white space, placed as razdel's `find_substrings` places them (an
    empty chunk sits where the previous one stopped)."""
    spans = []
    offset = 0
    for begin, end in chunks:
        text = block[begin:end]
        stripped = text.lstrip()
        if not stripped:
            spans.append((offset, offset))
            continue
        start = begin + len(text) - len(stripped)
        offset = start + len(stripped.rstrip())
        spans.append((start, offset))
    return spans
