"""Word-level diff between a reply and its rewrite."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

_PIECES = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffOp:
    op: Literal["equal", "insert", "delete"]
    text: str


MIN_ANCHOR_WORDS = 3


def word_diff(before: str, after: str) -> list[DiffOp]:
    """Operations that turn `before` into `after`, word by word (whitespace kept).

    Like diff-match-patch's semantic clean-up, a short run of common words between two
    changes ("is", "and") is folded into the change, so a rewritten sentence reads as one
    deletion and one insertion rather than confetti.
    """
    return _merge(_fold_short_equals(_raw_diff(before, after)))


def _raw_diff(before: str, after: str) -> list[DiffOp]:
    a = _PIECES.findall(before)
    b = _PIECES.findall(after)
    ops: list[DiffOp] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", "".join(a[a0:a1])))
            continue
        if a1 > a0:
            ops.append(DiffOp("delete", "".join(a[a0:a1])))
        if b1 > b0:
            ops.append(DiffOp("insert", "".join(b[b0:b1])))
    return ops


def _fold_short_equals(ops: list[DiffOp]) -> list[DiffOp]:
    result: list[DiffOp] = []
    for index, item in enumerate(ops):
        between_changes = 0 < index < len(ops) - 1
        if item.op == "equal" and between_changes and len(item.text.split()) < MIN_ANCHOR_WORDS:
            result += [DiffOp("delete", item.text), DiffOp("insert", item.text)]
        else:
            result.append(item)
    return result


def _merge(ops: list[DiffOp]) -> list[DiffOp]:
    """Consecutive deletes and inserts become one delete followed by one insert."""
    merged: list[DiffOp] = []
    pending = {"delete": "", "insert": ""}
    for item in ops:
        if item.op == "equal":
            merged += [DiffOp(op, pending[op]) for op in ("delete", "insert") if pending[op]]
            pending = {"delete": "", "insert": ""}
            merged.append(item)
        else:
            pending[item.op] += item.text
    merged += [DiffOp(op, pending[op]) for op in ("delete", "insert") if pending[op]]
    return merged


def render_diff(ops: list[DiffOp]) -> str:
    """Plain-text rendering: [-deleted-]{+inserted+}."""
    parts = []
    for item in ops:
        if item.op == "equal":
            parts.append(item.text)
        elif item.op == "delete":
            parts.append(f"[-{item.text}-]")
        else:
            parts.append(f"{{+{item.text}+}}")
    return "".join(parts)
