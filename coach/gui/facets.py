"""Display names of the content's closed vocabularies (category, tier, channel, mood)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.content.moods import MOODS
from coach.gui.glyphs import renders
from coach.text.languages import find_profile

# Seen by lupdate, so each bundled language's name has a translation.
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("facets", "English"),
    QT_TRANSLATE_NOOP("facets", "Russian"),
)


def mood_icons_shown() -> bool:
    """Whether the interface font draws every mood's icon. All or none: a list in which
    some moods have a face and others not reads as broken too, and a box in place of a
    face is worse than the word alone."""
    return all(renders(info.icon) for info in MOODS.values())


def facet_label(value: str) -> str:
    """The value as the interface language says it ("technical" -> "техническая"); a mood
    with its icon ("😒 раздражён") where the font draws the icons (`mood_icons_shown`).
    Mood labels must match `coach.content.moods` (tested)."""
    labels = {
        "technical": QCoreApplication.translate("facets", "technical"),
        "customer": QCoreApplication.translate("facets", "customer"),
        "product": QCoreApplication.translate("facets", "product"),
        "billing": QCoreApplication.translate("facets", "billing"),
        "multilingual": QCoreApplication.translate("facets", "multilingual"),
        "email": QCoreApplication.translate("facets", "e-mail"),
        "chat": QCoreApplication.translate("facets", "chat"),
        "angry": QCoreApplication.translate("facets", "angry"),
        "anxious": QCoreApplication.translate("facets", "anxious"),
        "confused": QCoreApplication.translate("facets", "confused"),
        "sarcastic": QCoreApplication.translate("facets", "sarcastic"),
        "impatient": QCoreApplication.translate("facets", "impatient"),
        "polite": QCoreApplication.translate("facets", "polite"),
        "neutral": QCoreApplication.translate("facets", "neutral"),
        "annoyed": QCoreApplication.translate("facets", "annoyed"),
        "frustrated": QCoreApplication.translate("facets", "frustrated"),
        "upset": QCoreApplication.translate("facets", "upset"),
        "worried": QCoreApplication.translate("facets", "worried"),
    }
    language = find_profile(value)
    if language is not None:
        # A scenario's language, named in the interface's language (its profile's English
        # name is the source text; LANGUAGE_NAMES lists them for lupdate).
        return QCoreApplication.translate("facets", language.name)
    label = labels.get(value, value)
    mood = MOODS.get(value)  # type: ignore[call-overload]  # any str; None unless a mood
    return f"{mood.icon} {label}" if mood is not None and mood_icons_shown() else label
