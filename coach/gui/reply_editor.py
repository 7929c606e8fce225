"""The reply editor: plain text with the findings drawn on it.

Problems are wavy-underlined in their dimension's colour, evidence of good moves gets a
dotted green underline. Hovering shows the message and the suggestions; the context menu
(or Ctrl+. at the cursor) applies one as a single undoable edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from coach.gui.colours import POSITIVE, dimension_colour
from coach.gui.display_names import humanise, suggestion_source
from coach.gui.offsets import OffsetMap
from coach.rephrase import Edit, elide
from coach.scoring.report import Finding, Suggestion


@dataclass(frozen=True)
class Mark:
    """A finding located in Qt positions (UTF-16), with its suggestions and, when the core
    placed them, the edit (code points into the marked text) for each suggestion."""

    start: int
    end: int
    finding: Finding
    suggestions: tuple[Suggestion, ...]
    edits: tuple[Edit, ...] = ()


class ReplyEditor(QPlainTextEdit):
    """Signals: first_keystroke() — the trainee typed for the first time in this attempt."""

    first_keystroke = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Your reply"))
        self.default_placeholder = self.tr("Write your reply to the customer here…")
        self.setPlaceholderText(self.default_placeholder)
        self.setMouseTracking(True)
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.1)
        self.setFont(font)
        self._marks: list[Mark] = []
        # The rubric's names of the dimensions in the interface language, for tooltips.
        self.dimension_labels: dict[str, str] = {}
        self._marked_text = ""
        self._typed = False
        self.textChanged.connect(self._on_text_changed)

    # ------------------------------------------------------------------ findings

    def set_marks(
        self,
        text: str,
        findings: list[tuple[Finding, tuple[Suggestion, ...]]],
        edits: Sequence[tuple[Edit, ...]] = (),
    ) -> None:
        """Draw `findings` (code-point spans into `text`) if `text` is still what is shown;
        `edits[i]`, when given, applies each suggestion of `findings[i]`."""
        if text != self.toPlainText():
            return  # the trainee typed on: a newer scoring pass is on its way
        offsets = OffsetMap(text)
        marks = []
        for index, (finding, suggestions) in enumerate(findings):
            if finding.start is None or finding.end is None or finding.end <= finding.start:
                continue
            placed = edits[index] if index < len(edits) else ()
            start, end = offsets.to_qt(finding.start), offsets.to_qt(finding.end)
            marks.append(Mark(start, end, finding, suggestions, placed))
        self._marks = marks
        self._marked_text = text
        self._paint()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def mark_at(self, position: int) -> Mark | None:
        """The most important problem mark covering Qt position `position`."""
        covering = [m for m in self._marks if m.start <= position < m.end]
        problems = [m for m in covering if not m.finding.is_positive]
        chosen = problems or covering
        return chosen[0] if chosen else None

    def _paint(self) -> None:
        selections = []
        for mark in self._marks:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if mark.finding.is_positive:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(POSITIVE)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                colour = dimension_colour(mark.finding.dimension)
                fmt.setUnderlineColor(colour)
                background = colour.lighter(185) if self._light() else colour.darker(300)
                fmt.setBackground(background)
            if mark.finding.severity == "critical":
                fmt.setFontWeight(QFont.Weight.Bold)
            cursor = QTextCursor(self.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def _light(self) -> bool:
        return self.palette().color(self.backgroundRole()).lightness() > 128

    # ------------------------------------------------------------------ editing

    def select_span(self, mark: Mark) -> None:
        cursor = self.textCursor()
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def apply(self, mark: Mark, suggestion: Suggestion) -> None:
        """Apply one of the mark's suggestions as one undo step: the core's edit for it
        (its clause or sentence replaced as declared, case and punctuation fitted) while
        the text is still the one the marks were drawn on, else the bare span."""
        if suggestion in mark.suggestions and self.toPlainText() == self._marked_text:
            index = mark.suggestions.index(suggestion)
            if index < len(mark.edits):
                self.apply_edit(mark.edits[index])
                return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion.text)
        cursor.endEditBlock()

    def apply_edit(self, edit: Edit) -> None:
        """Apply a core `Edit` (code points into the current text) as one undo step: a
        missing move's sentence inserted where the core placed it, or a replacement."""
        offsets = OffsetMap(self.toPlainText())
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(offsets.to_qt(edit.start))
        cursor.setPosition(offsets.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text)
        cursor.endEditBlock()

    def replace_all(self, text: str) -> None:
        """Swap the whole reply for `text` as one undoable step."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def reset_attempt(self, text: str = "") -> None:
        self._typed = False
        self._marks = []
        self.setPlainText(text)
        self.setExtraSelections([])

    def _on_text_changed(self) -> None:
        if not self._typed and self.toPlainText():
            self._typed = True
            self.first_keystroke.emit()

    # ------------------------------------------------------------------ hover and menu

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        position = self.cursorForPosition(event.position().toPoint()).position()
        mark = self.mark_at(position)
        if mark is None:
            QToolTip.hideText()
            return
        QToolTip.showText(
            event.globalPosition().toPoint(), tooltip_html(mark, self.dimension_labels), self
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.createStandardContextMenu()
        position = self.cursorForPosition(event.pos()).position()
        mark = self.mark_at(position)
        if mark is not None and mark.suggestions:
            first = menu.actions()[0] if menu.actions() else None
            for suggestion in mark.suggestions:
                action = menu.addAction(self._menu_label(mark, suggestion))
                action.setToolTip(suggestion.text)
                action.triggered.connect(lambda _c=False, s=suggestion, m=mark: self.apply(m, s))
                if first is not None:
                    menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def _menu_label(self, mark: Mark, suggestion: Suggestion) -> str:
        # Sized to the finding: an empty substitution deletes the words; long text is cut
        # at a word boundary (never mid-word), the whole of it in the tooltip.
        if not suggestion.text.strip():
            return self.tr("Delete “{text}”").format(text=elide(mark.finding.quote, 40))
        return self.tr("Use: {text}").format(text=elide(suggestion.text, 80))


def tooltip_html(mark: Mark, labels: dict[str, str] | None = None) -> str:
    """The finding's message under its dimension's label, and each suggestion with whose
    voice it is, in the interface language (never a trainer example's id)."""
    import html  # noqa: PLC0415

    dimension = mark.finding.dimension
    label = (labels or {}).get(dimension) or humanise(dimension)
    lines = [f"<b>{html.escape(label)}</b>: {html.escape(mark.finding.message)}"]
    for suggestion in mark.suggestions:
        if not suggestion.text.strip():
            continue  # a deletion has no text to show; the menu offers "Delete"
        source = suggestion_source(suggestion.source)
        lines.append(f"→ {html.escape(suggestion.text)} <i>({html.escape(source)})</i>")
    return "<br>".join(lines)


__all__ = ["Mark", "Qt", "ReplyEditor", "tooltip_html"]
