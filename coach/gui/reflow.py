"""Customer messages as paragraphs: the YAML's hard line breaks are not the customer's.

Trainers write messages in YAML literal blocks (`|`) wrapped at the editor's width, so a
paragraph arrives cut into lines of 70-90 characters. Shown as they are, those lines break
mid-sentence in a narrower (or wider) view. A line break the customer meant stays: after a
short line ("Hello,", a signature, "This is the request our script sends:"), before a list
item or an indented line. Plain Python, so it is tested without Qt.
"""

from __future__ import annotations

import re

# A line at least this share of the paragraph's longest line was wrapped by the editor.
_WRAPPED_SHARE = 0.7
# Shorter than this, a line is a greeting, a signature or a label: its break is meant.
_MIN_WRAPPED = 40
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s|\d+[.)]\s)")


def paragraphs(text: str) -> list[list[str]]:
    """The message as paragraphs (split at blank lines), each a list of the lines to keep.

    Wrapped lines are joined with a space; lines that were meant as lines stay apart.
    """
    blocks = re.split(r"\n\s*\n", text.strip())
    return [_reflow_block(block.splitlines()) for block in blocks if block.strip()]


def _reflow_block(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    longest = max(len(line) for line in lines)
    threshold = max(_MIN_WRAPPED, _WRAPPED_SHARE * longest)
    kept: list[str] = []
    previous = ""
    for line in lines:
        if kept and _was_wrapped(previous, line, threshold):
            kept[-1] = f"{kept[-1]} {line.strip()}"
        else:
            kept.append(line)
        previous = line
    return kept


def _was_wrapped(previous: str, line: str, threshold: float) -> bool:
    """Whether the break between these two source lines is the editor's, not the writer's."""
    if _LIST_ITEM.match(line) or line.startswith((" ", "\t")):
        return False
    return len(previous) >= threshold
