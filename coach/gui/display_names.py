"""What the interface shows for the content's keys, numbers and dates.

The store and the core speak in ids (`api-params-vip-en`, `empathy`, `acknowledge`,
"rubric substitution"); people read titles, the rubric's labels and numbers written the
way their locale writes them ("58,6" and "01.12.2025" in Russian). Every trainer view,
the PDF and the practice window's tooltips go through here so they agree.

Labels come from the content, never from Python literals: a dimension's label is taken
from a loaded rubric written in the interface language (the English interface shows the
English rubric's "Empathy" even for a Russian scenario, and the reverse), then from any
rubric, then the humanised key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from coach.content.library import Library
from coach.content.rubric import Rubric

# Room for a check's text in a table cell; the whole text goes into the tooltip.
CHECK_LABEL_CHARS = 70


def interface_language() -> str:
    """The interface's language code ("en", "ru"), from the default QLocale (which the
    app sets from Settings or the system)."""
    if _is_c_locale():
        return "en"  # the C locale shows the untranslated, English interface
    return QLocale().name().split("_")[0]


def _rubrics_in_order(rubrics: Iterable[Rubric]) -> list[Rubric]:
    """Rubrics in the interface language first, the others after, each group by id."""
    language = interface_language()
    return sorted(rubrics, key=lambda r: (r.language != language, r.id))


def humanise(key: str) -> str:
    """`weakest_point` -> "Weakest point" (the last resort for a key without a label)."""
    words = [w for w in re.split(r"[_\-\s]+", key.strip()) if w]
    if not words:
        return key
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def dimension_label(name: str, library: Library | None) -> str:
    """The rubric's label of dimension `name` in the interface language ("overall", which
    the store keeps beside the dimensions, is the interface's own word)."""
    if name == "overall":
        return QCoreApplication.translate("display", "Overall")
    rubrics = _rubrics_in_order(library.rubrics.values()) if library is not None else []
    for rubric in rubrics:
        dimension = rubric.dimensions.get(name)
        if dimension is not None and dimension.label:
            return dimension.label
    return humanise(name)


def dimension_labels(names: Iterable[str], library: Library | None) -> dict[str, str]:
    return {name: dimension_label(name, library) for name in names}


def check_text(check_id: str, library: Library | None) -> str:
    """What check `check_id` asks of a reply, in the interface language when a rubric in
    that language has it (its description, else its message); else the humanised id."""
    rubrics = _rubrics_in_order(library.rubrics.values()) if library is not None else []
    for rubric in rubrics:
        check = rubric.check_index.get(check_id) or next(
            (c for c in rubric.checks if c.id == check_id), None
        )
        if check is not None:
            return " ".join((check.description or check.message).split())
    return humanise(check_id)


def check_reference(check_id: str, library: Library | None) -> str:
    """Where a trainer finds the check: `support-ru/respect` (rubric id / check id), in
    the interface language's rubric when that has it."""
    rubrics = _rubrics_in_order(library.rubrics.values()) if library is not None else []
    for rubric in rubrics:
        if any(c.id == check_id for c in rubric.checks):
            return f"{rubric.id}/{check_id}"
    return check_id


def check_label(check_id: str, library: Library | None) -> str:
    """`check_text`, cut at a word boundary to fit a table cell."""
    text = check_text(check_id, library)
    if len(text) <= CHECK_LABEL_CHARS:
        return text
    cut = text[:CHECK_LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:—-")
    return f"{cut}…"


def scenario_title(scenario_id: str, library: Library | None) -> str:
    """The scenario's title; its id when the scenario is no longer in the library."""
    scenario = library.scenarios.get(scenario_id) if library is not None else None
    return scenario.title if scenario is not None else scenario_id


def suggestion_source(source: str) -> str:
    """Whose voice a suggestion is in, translated ("trainer example: x" -> "trainer
    example"; the example's id means nothing to a trainee)."""
    if source.startswith("trainer example"):
        return QCoreApplication.translate("display", "trainer example")
    if source == "rubric substitution":
        return QCoreApplication.translate("display", "from the rubric")
    if source == "scenario substitution":
        return QCoreApplication.translate("display", "from the scenario")
    if source.startswith("spelling"):
        return QCoreApplication.translate("display", "spelling")
    return source


def number(value: float, decimals: int = 0) -> str:
    """`value` with the locale's decimal separator ("58,6" in Russian)."""
    return QLocale().toString(float(value), "f", decimals)


def signed(value: float, decimals: int = 1) -> str:
    """A shift with its sign: "+4,2", "−1,0"; zero without one."""
    text = number(abs(value), decimals)
    if round(value, decimals) > 0:
        return f"+{text}"
    if round(value, decimals) < 0:
        return f"−{text}"
    return text


def _is_c_locale() -> bool:
    # Under LANG=C.UTF-8 Qt's "C" locale writes dates as "1 12 2025"; ISO reads better.
    return QLocale().language() == QLocale.Language.C


def date_format() -> str:
    """The display format for date fields (QDateEdit): the locale's short date, or ISO
    under the C locale."""
    if _is_c_locale():
        return "yyyy-MM-dd"
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def _moment(when: datetime) -> QDateTime:
    local = when.astimezone() if when.tzinfo is not None else when
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def date_time(when: datetime) -> str:
    """A stored time (naive local or aware) as the locale writes a short date and time."""
    if _is_c_locale():
        return _moment(when).toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(_moment(when), QLocale.FormatType.ShortFormat)


def date_only(when: datetime) -> str:
    """A stored time's date as the locale writes a short date."""
    if _is_c_locale():
        return _moment(when).toString("yyyy-MM-dd")
    return QLocale().toString(_moment(when).date(), QLocale.FormatType.ShortFormat)
