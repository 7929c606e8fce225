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

from razdel.segmenters.sentenize import (
    FIRST_TOKEN,
    HEAD_SOKRS,
    INITIALS,
    LAST_TOKEN,
    PAIR_SOKR,
    PAIR_SOKRS,
    SentSplit,
    SentSplitter,
    sentenize,
)

_SPLITTER = SentSplitter()
_WINDOW = _SPLITTER.window
# razdel's list-item rule only looks at sentences this short (BULLET_SIZE).
_LIST_ITEM_SIZE = 20


def sentence_spans(block: str) -> list[tuple[int, int]]:
    """(start, stop) of each sentence of `block`, exactly as `razdel.sentenize` gives
    them: each stripped of surrounding white space."""
    chunks: list[tuple[int, int]] = []
    begin = 0  # where the sentence being built starts
    for match in _SPLITTER.re.finditer(block):
        start, stop = match.start(), match.end()
        delimiter = match.group(1)
        if not _plain_end(block, begin, start, stop, delimiter):
            split = SentSplit(
                block[max(0, start - _WINDOW) : start],
                delimiter,
                block[stop : stop + _WINDOW],
                block[begin:start],
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
    read as razdel reads them, from the same windows and with its own patterns."""
    if delimiter not in ".!?" or not block[stop : stop + 1].isspace():
        return False
    right = FIRST_TOKEN.match(block[stop : stop + _WINDOW])
    if right is None:
        return False
    following = right.group(1)
    if not (following[0].isupper() and following.isalpha()):
        return False  # lower case, a digit, a quote, a dash, a smiley: razdel decides
    left = block[max(0, start - _WINDOW) : start]
    last = LAST_TOKEN.search(left)
    if last is None:
        return False
    if delimiter != ".":
        return True
    word = last.group(1)
    lower = word.lower()
    return not (
        start - begin <= _LIST_ITEM_SIZE  # "1." or "а)" may open a list item
        or PAIR_SOKR.search(left)  # "т. е.", "e. g."
        or lower in HEAD_SOKRS
        or lower in INITIALS
        or (word.isupper() and len(word) == 1)  # an initial: "A. Pushkin"
        or (lower, following.lower()) in PAIR_SOKRS
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
