"""Whether text draws in the interface font without a missing-glyph box ("tofu").

The mood icons are emoji. A workstation without a colour-emoji font (and Xvfb, where the
screenshots are made) has some of them only: DejaVu Sans draws 😠 but not 🙂 or ⏱️. The
check lays the text out as Qt will draw it, font fallback included, and looks for glyph 0
(the font's "missing" box). Chosen over shipping SVG icons: the labels stay plain text,
so combo boxes, rich text and the accessibility tree need nothing new, and a machine with
an emoji font keeps its native faces.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

# The glyph index a font uses for a character it does not have.
MISSING_GLYPH = 0


def renders(text: str, font: QFont | None = None) -> bool:
    """True when every character of `text` has a glyph in `font` (default: the
    application's) or in a font Qt falls back to for it."""
    font = QFont(font) if font is not None else QGuiApplication.font()
    return _renders(text, font.toString())


@cache
def _renders(text: str, font_description: str) -> bool:
    # Laid out once per text and font: the answer does not change while the app runs.
    font = QFont()
    font.fromString(font_description)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(MISSING_GLYPH not in run.glyphIndexes() for run in layout.glyphRuns())
