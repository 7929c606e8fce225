"""Dimension colours, chosen to stay readable on light and dark palettes.

A dimension name has one colour throughout the app, so the bars, the underlines and the
trainer's charts agree: the first `colour:` a loaded rubric gives it (bundled rubrics
first, then the search path's), else the palette colour of its place among all dimension
names, in the order the rubrics list them. Giving one dimension a colour never moves the
others. The bundled rubrics list empathy, clarity, tone and resolution first, so they get
orange, blue, pink and purple.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from coach.content.rubric import Rubric

PALETTE = (
    QColor("#e07b00"),  # orange
    QColor("#2f7fd8"),  # blue
    QColor("#d6336c"),  # pink
    QColor("#8a4fd8"),  # purple
    QColor("#0c8599"),  # teal
    QColor("#a0522d"),  # brown
)
POSITIVE = QColor("#2f9e44")
FALLBACK = QColor("#868e96")

# Filled by `use_rubric_colours` when content loads; read by every widget that draws a
# dimension, none of which holds the rubric.
_given: dict[str, QColor] = {}
_places: dict[str, int] = {}


def use_rubric_colours(rubrics: Iterable[Rubric]) -> None:
    """Colour the dimensions of `rubrics` (see the module docstring)."""
    _given.clear()
    _places.clear()
    for rubric in rubrics:
        for name, dimension in rubric.dimensions.items():
            _places.setdefault(name, len(_places))
            if dimension.colour is not None:
                _given.setdefault(name, QColor(dimension.colour))


def dimension_colour(dimension: str) -> QColor:
    """The dimension's colour; a name no loaded rubric has (an attempt stored under an
    older rubric) takes the next place, and keeps it."""
    if dimension in _given:
        return _given[dimension]
    place = _places.setdefault(dimension, len(_places))
    return PALETTE[place] if place < len(PALETTE) else FALLBACK
