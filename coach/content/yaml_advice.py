"""Plain advice for the YAML parser errors trainers meet, at the line that went wrong.

PyYAML reports an indentation slip in its grammar's words ("expected <block end>, but
found '?'", where `?` is its name for a key and appears nowhere in the file) and often
where it gave up rather than where the slip is (a block text indented too little is
reported at the line after it). The source lines hold what is needed to say it plainly:
which column the line starts at, which columns the lines above it open, and whether a
block text (`|` or `>`) is being continued. `advise` returns None for errors it has no
advice for; the parser's own words are shown then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from coach.content.authoring_messages import say

# `key: |`, `- |`, with chomping and indentation indicators and a trailing comment.
_BLOCK_INDICATOR = re.compile(r"^(\s*)(?:-\s+)*(?:([^\s#][^#]*?):)?\s*([|>])[-+0-9]*\s*(?:#.*)?$")
_KEY_WITH_VALUE = re.compile(r"^\s*(?:-\s+)*([^\s#'\"][^:#]*?):\s+[^\s#|>]")
_LIST_ITEM = re.compile(r"^(\s*)-(?:\s+|$)")


@dataclass(frozen=True)
class Advice:
    """Where to point (1-based) and what to say."""

    line: int
    column: int
    message: str


def advise(error: yaml.MarkedYAMLError, text: str, language: str) -> Advice | None:
    """Advice for `error` raised while parsing `text`, or None when there is none."""
    problem = error.problem or ""
    mark = error.problem_mark
    if mark is None:
        return None
    lines = text.splitlines()
    if problem.startswith("found unknown escape character"):
        return _unknown_escape(error, lines, language)
    if problem.startswith("expected <block end>"):
        return _block_end(mark.line, problem, lines, language)
    if problem == "could not find expected ':'" and error.context_mark is not None:
        return _missing_colon(error.context_mark.line, lines, language)
    if problem == "mapping values are not allowed here":
        return _indented_under_value(mark.line, lines, language)
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _block_text(index: int, lines: list[str], language: str) -> Advice | None:
    """Line `index` read as a key because it left the block text above it, if it did."""
    if index >= len(lines):
        return None
    column = _indent(lines[index])
    text_indent: int | None = None
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if _is_blank(line):
            continue
        found = _BLOCK_INDICATOR.match(line)
        if found and _indent(line) <= column:
            key = found.group(2)
            key_column = line.index(key) if key else len(found.group(1))
            where = {"indicator": found.group(3), "indicator_line": above + 1}
            if text_indent is None:
                return Advice(
                    index + 1,
                    column + 1,
                    say(
                        "block_text_not_indented",
                        language,
                        key=(key or "-").strip(),
                        key_column=key_column + 1,
                        text_column=key_column + 3,
                        **where,
                    ),
                )
            return Advice(
                index + 1,
                column + 1,
                say("block_text_dedented", language, text_column=text_indent + 1, **where),
            )
        if _indent(line) <= column:
            return None
        text_indent = _indent(line)
    return None


def _levels(index: int, lines: list[str]) -> list[tuple[int, int, bool]]:
    """(column, line index, is a list dash) of the indentation levels open at line `index`,
    innermost first: each line above that starts further left than every line between."""
    levels: list[tuple[int, int, bool]] = []
    lowest: int | None = None
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if _is_blank(line):
            continue
        column = _indent(line)
        if lowest is not None and column >= lowest:
            continue
        item = _LIST_ITEM.match(line)
        if item is not None and len(line) > item.end():
            levels.append((item.end(), above, False))  # the item's keys start here
        levels.append((column, above, item is not None))
        lowest = column
        if column == 0:
            break
    return levels


def _block_end(index: int, problem: str, lines: list[str], language: str) -> Advice | None:
    block = _block_text(index, lines, language)
    if block is not None:
        return block
    if index >= len(lines):
        return None
    column = _indent(lines[index])
    levels = _levels(index, lines)
    dash = next((lv for lv in levels if lv[0] == column and lv[2]), None)
    if dash is not None and not _LIST_ITEM.match(lines[index]):
        content = next((lv[0] for lv in levels if lv[1] == dash[1] and not lv[2]), column + 2)
        return Advice(
            index + 1,
            column + 1,
            say(
                "indent_at_dash",
                language,
                dash_line=dash[1] + 1,
                column=column + 1,
                content=content + 1,
            ),
        )
    deeper = [lv for lv in levels if lv[0] > column]
    shallower = [lv for lv in levels if lv[0] < column]
    if not deeper and shallower:
        # Nothing above opens this column: a key pushed in under a `key: value` line
        # ("weight:" two spaces deeper than the "phrases: [...]" above it).
        return _indented_under_value(index, lines, language)
    if not deeper or not shallower:
        return None
    inner, outer = min(deeper), max(shallower)
    if inner[1] == outer[1]:  # both columns are one list item's: its '-' and its keys
        return Advice(
            index + 1,
            column + 1,
            say(
                "indent_in_item",
                language,
                column=column + 1,
                item_line=inner[1] + 1,
                dash=outer[0] + 1,
                content=inner[0] + 1,
            ),
        )
    return Advice(
        index + 1,
        column + 1,
        say(
            "indent_between",
            language,
            column=column + 1,
            deeper_line=inner[1] + 1,
            deeper=inner[0] + 1,
            shallower_line=outer[1] + 1,
            shallower=outer[0] + 1,
        ),
    )


def _missing_colon(index: int, lines: list[str], language: str) -> Advice | None:
    block = _block_text(index, lines, language)
    if block is not None:
        return block
    if index >= len(lines):
        return None
    return Advice(index + 1, _indent(lines[index]) + 1, say("missing_colon", language))


def _indented_under_value(index: int, lines: list[str], language: str) -> Advice | None:
    """A `key: value` line followed by a line indented under it: PyYAML reads the second
    line as more of the value and fails at its ':'; the slip is the indentation."""
    if index >= len(lines):
        return None
    column = _indent(lines[index])
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if _is_blank(line):
            continue
        found = _KEY_WITH_VALUE.match(line)
        if found is None or column <= _indent(line) or ": " not in lines[index] + " ":
            return None
        key_column = line.index(found.group(1))
        return Advice(
            index + 1,
            column + 1,
            say(
                "indent_more_than_key",
                language,
                key=found.group(1),
                key_line=above + 1,
                key_column=key_column + 1,
            ),
        )
    return None


def _unknown_escape(error: yaml.MarkedYAMLError, lines: list[str], language: str) -> Advice:
    """Point at the opening quote and show the value in single quotes, ready to paste."""
    mark = error.problem_mark
    assert mark is not None
    char = (error.problem or "").rsplit("'", 2)[-2] if "'" in (error.problem or "") else "?"
    start = error.context_mark or mark
    raw = _double_quoted(lines[start.line] if start.line < len(lines) else "", start.column)
    single = "'" + raw.replace("'", "''") + "'"
    return Advice(
        start.line + 1, start.column + 1, say("unknown_escape", language, char=char, single=single)
    )


def _double_quoted(line: str, column: int) -> str:
    """The characters between the double quote at `column` and its closing quote, as
    written (escapes not applied): what the trainer meant the pattern to be."""
    chars = []
    at = column + 1
    while at < len(line) and line[at] != '"':
        if line[at] == "\\" and at + 1 < len(line) and line[at + 1] in '"\\':
            chars.append(line[at + 1])  # the two escapes that mean one character as written
            at += 2
            continue
        chars.append(line[at])
        at += 1
    return "".join(chars)
