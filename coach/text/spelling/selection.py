"""Which spelling back end the app uses, and falling back when LanguageTool fails.

The offline checker is the default: it needs no network and nothing to install. A team
that runs a LanguageTool server (or keeps a local LanguageTool copy) configures it, and
from then on every check tries LanguageTool first; when it cannot answer, the trainee
still gets the offline checker's findings and a note saying why.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from coach.content.enums import Language
from coach.text.languages import codes, profile
from coach.text.spelling.base import SpellChecker, SpellReport, SpellRequest
from coach.text.spelling.languagetool import (
    LanguageNotSupported,
    LanguageToolChecker,
    LanguageToolUnavailable,
)
from coach.text.spelling.offline import OfflineSpellChecker

URL_ENV: Final = "COACH_LANGUAGETOOL_URL"
PATH_ENV: Final = "COACH_LANGUAGETOOL_PATH"
# A dead server costs one connect timeout per interval instead of one per keystroke, and
# a server that comes back is used again within half a minute.
RETRY_INTERVAL: Final = 30.0


def configured_checker(url: str | None = None, local_path: str | None = None) -> SpellChecker:
    """The back end the settings ask for: LanguageTool (with fallback) or the offline one.

    `None` means "read the environment" (`COACH_LANGUAGETOOL_URL`,
    `COACH_LANGUAGETOOL_PATH`); an empty string means "not configured", so a settings
    dialog can switch LanguageTool off even when the environment sets it. A server URL
    wins over a local copy. Nothing connects until the first check.
    """
    server = _setting(url, URL_ENV)
    if server:
        return FallbackChecker(LanguageToolChecker(server))
    folder = _setting(local_path, PATH_ENV)
    if folder:
        return FallbackChecker(LanguageToolChecker(local_path=folder))
    return OfflineSpellChecker()


def _setting(value: str | None, env_var: str) -> str:
    return (os.environ.get(env_var, "") if value is None else value).strip()


class FallbackChecker:
    """LanguageTool when it answers, the offline checker when it does not, and says which.

    `name` is the back end that produced the latest report ("languagetool" or "offline")
    for a status line; a fallback report's `note` says why. After LanguageTool fails it
    is not asked again for `retry_interval` seconds. A language LanguageTool lacks falls
    back for that language only, without the wait.
    """

    def __init__(
        self,
        primary: LanguageToolChecker,
        fallback: SpellChecker | None = None,
        *,
        retry_interval: float = RETRY_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self.fallback: SpellChecker = fallback if fallback is not None else OfflineSpellChecker()
        self.name = primary.name
        self._retry_interval = retry_interval
        self._clock = clock
        self._lock = threading.Lock()
        self._failure: tuple[float, str] | None = None  # when LanguageTool failed, and why

    def check(self, request: SpellRequest) -> SpellReport:
        reason = self._recent_failure()
        if reason is None:
            try:
                report = self.primary.check(request)
            except LanguageNotSupported as error:
                reason = str(error)
            except (LanguageToolUnavailable, OSError) as error:
                reason = self._record_failure(error)
            else:
                self._record_success()
                self.name = report.backend
                return report
        report = self.fallback.check(request)
        self.name = report.backend
        return replace(report, note=f"{reason}; used the {self.fallback.name} checker")

    def close(self) -> None:
        """Stops a local LanguageTool server the primary checker started."""
        self.primary.close()

    def _recent_failure(self) -> str | None:
        """Why LanguageTool failed, if that was less than `retry_interval` seconds ago."""
        with self._lock:
            if self._failure is None:
                return None
            failed_at, reason = self._failure
            if self._clock() - failed_at < self._retry_interval:
                return reason
            return None

    def _record_failure(self, error: Exception) -> str:
        reason = str(error)
        if not isinstance(error, LanguageToolUnavailable):  # not expected from the primary
            reason = f"LanguageTool at {self.primary.location} failed ({error})"
        with self._lock:
            self._failure = (self._clock(), reason)
        return reason

    def _record_success(self) -> None:
        with self._lock:
            self._failure = None


def check_connection(url: str) -> tuple[bool, str]:
    """Whether a LanguageTool server answers at `url`, and a sentence saying so.

    For a settings dialog's "Test connection" button: it asks the server for each language
    the app needs and runs one real check, so "connected" means replies will be checked
    there. The sentence is ready to show as is.
    """
    if not url.strip():
        return False, "Enter the address of a LanguageTool server, e.g. http://localhost:8081."
    with LanguageToolChecker(url) as checker:
        try:
            supported = [language for language in codes() if checker.supports(language)]
            if supported:
                checker.check(SpellRequest(profile(supported[0]).probe, supported[0]))
        except LanguageToolUnavailable as error:
            return False, f"{error}."
        return _connection_summary(checker.location, supported)


def _connection_summary(location: str, supported: list[Language]) -> tuple[bool, str]:
    names = [profile(language).name for language in supported]
    missing = [profile(language).name for language in codes() if language not in supported]
    if not names:
        return False, (
            f"LanguageTool at {location} answers but supports neither {' nor '.join(missing)}."
        )
    if not missing:
        return True, f"Connected to LanguageTool at {location}: it checks {' and '.join(names)}."
    return True, (
        f"Connected to LanguageTool at {location}: it checks {' and '.join(names)} but not "
        f"{' or '.join(missing)}, so those replies use the offline checker."
    )
