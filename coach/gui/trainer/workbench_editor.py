"""The workbench's YAML editor: syntax colours, and each validation problem underlined at
its line and column with the message as the tooltip.

The editor holds the file's raw text, so saving it keeps the trainer's comments, key
order and quoting exactly as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from coach.content.issues import ContentIssue

ERROR_COLOUR = QColor("#c92a2a")
WARNING_COLOUR = QColor("#e8a200")


def _format(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


# Line-by-line rules, later ones drawn over earlier ones. YAML is not regular, but scenario
# files use a small part of it: keys, list dashes, quoted and plain scalars, comments.
_RULES: tuple[tuple[re.Pattern[str], QTextCharFormat], ...] = (
    (re.compile(r"\b(true|false|null|yes|no)\b|(?<![\w.-])-?\d+(\.\d+)?\b"), _format("#1c7ed6")),
    (re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\""), _format("#2b8a3e")),
    (re.compile(r"^\s*(?:-\s+)*[\w.-]+(?=\s*:(\s|$))"), _format("#862e9c", bold=True)),
    (re.compile(r"^\s*-(?=\s)"), _format("#e8590c", bold=True)),
    (re.compile(r"(?<=:\s)[|>][+-]?\s*$"), _format("#e8590c", bold=True)),
)
_COMMENT = _format("#868e96", italic=True)
# A `#` starts a comment at the start of a line or after a space, outside quotes.
_COMMENT_START = re.compile(r"(?:^|\s)#")


class YamlHighlighter(QSyntaxHighlighter):
    """Colours keys, list dashes, block-scalar indicators, quoted strings, numbers and
    booleans, and comments."""

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for pattern, fmt in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        comment = _comment_start(text)
        if comment is not None:
            self.setFormat(comment, len(text) - comment, _COMMENT)


def _comment_start(line: str) -> int | None:
    quote: str | None = None
    for index, char in enumerate(line):
        if quote is not None:
            if char == quote:
                quote = None
            continue
        if char in "'\"" and (index == 0 or line[index - 1] in " :[{,-"):
            quote = char
        elif char == "#" and _COMMENT_START.match(line, max(index - 1, 0)):
            return index
    return None


class YamlEditor(QPlainTextEdit):
    """A plain-text YAML editor in a fixed-width font with two-space tabs.

    `show_issues(errors, warnings)` underlines each issue from its column to the end of
    its line (red for errors, amber for warnings); hovering one shows its message.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("Scenario YAML"))
        self.highlighter = YamlHighlighter(self.document())
        self._underlined: list[tuple[QTextCursor, str]] = []
        self.viewport().installEventFilter(self)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        # YAML forbids tabs in indentation; Tab inserts the two spaces scenario files use.
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.insertPlainText("  ")
            return
        super().keyPressEvent(event)

    def show_issues(
        self, errors: Sequence[ContentIssue], warnings: Sequence[ContentIssue] = ()
    ) -> None:
        selections = []
        self._underlined = []
        for issues, colour in ((warnings, WARNING_COLOUR), (errors, ERROR_COLOUR)):
            for issue in issues:
                cursor = self.span_of(issue.line, issue.column)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(colour)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
                selection.format = fmt
                selections.append(selection)
                self._underlined.append((cursor, issue.message))
        self.setExtraSelections(selections)

    def span_of(self, line: int, column: int) -> QTextCursor:
        """A cursor over the text an issue at 1-based (line, column) is about: from the
        column to the end of the line, or the one character before it on an empty tail."""
        document: QTextDocument = self.document()
        block = document.findBlockByNumber(max(line - 1, 0))
        if not block.isValid():
            block = document.lastBlock()
        text = block.text()
        start = min(max(column - 1, 0), len(text))
        end = len(text.rstrip())
        if end <= start:  # nothing written from the column on: the character at or before it
            end = min(start + 1, len(text))
            start = max(end - 1, 0)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def underlined(self) -> list[tuple[int, int, str, str]]:
        """(line, column, underlined text, message) of each underline (for tests)."""
        return [
            (
                cursor.block().blockNumber() + 1,
                cursor.selectionStart() - cursor.block().position() + 1,
                cursor.selectedText(),
                message,
            )
            for cursor, message in self._underlined
        ]

    def go_to(self, line: int, column: int) -> None:
        """Put the cursor at 1-based (line, column) and show it."""
        cursor = self.span_of(line, column)
        cursor.setPosition(cursor.selectionStart())
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(event.pos()).position()
            messages = [
                message
                for cursor, message in self._underlined
                if cursor.selectionStart() <= position <= cursor.selectionEnd()
            ]
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
