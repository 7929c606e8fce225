"""Dimension colours, chosen to stay readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor

DIMENSION_COLOURS = {
    "empathy": QColor("#e07b00"),
    "clarity": QColor("#2f7fd8"),
    "tone": QColor("#d6336c"),
    "resolution": QColor("#8a4fd8"),
}
POSITIVE = QColor("#2f9e44")
FALLBACK = QColor("#868e96")


def dimension_colour(dimension: str) -> QColor:
    return DIMENSION_COLOURS.get(dimension, FALLBACK)
