"""One typed settings registry over QSettings (as Picard declares its options).

Each key and its default is declared once. Preferences (what the user chose) live under
`prefs/`, window state (geometry, splitters) under `state/`, so resetting the layout
never loses a trainee's name or server URL. `VERSION` allows upgrading old stores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, QByteArray)

VERSION = 1


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


class Prefs:
    trainee_name = Key("prefs/trainee_name", "")
    reviewer_name = Key("prefs/reviewer_name", "")  # the last name a review was signed with
    languagetool_url = Key("prefs/languagetool_url", "")
    database_url = Key("prefs/database_url", "")
    interface_language = Key("prefs/interface_language", "")  # "" = follow the system
    # The trainers' own content folders, os.pathsep-separated as in COACH_CONTENT_PATH;
    # searched after the bundled content and that variable.
    content_folders = Key("prefs/content_folders", "")


class State:
    geometry = Key("state/geometry", QByteArray())
    splitter = Key("state/splitter", QByteArray())
    last_scenario = Key("state/last_scenario", "")
    # Where the last CSV or PDF export was saved; the next save dialog opens there.
    export_folder = Key("state/export_folder", "")


class Settings:
    """Typed access to the app's QSettings; upgrades older layouts on open."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._q = backend or QSettings("ReplyCoach", "ReplyCoach")
        self._upgrade()

    def get(self, key: Key[T]) -> T:
        value: Any = self._q.value(key.name, key.default)
        default: Any = key.default
        result: Any
        if isinstance(default, bool):
            result = value in (True, "true", "1", 1)
        elif isinstance(default, QByteArray):
            result = value if isinstance(value, QByteArray) else default
        elif isinstance(default, int):
            try:
                result = int(value)
            except (TypeError, ValueError):
                result = default
        else:
            result = default if value is None else str(value)
        return cast(T, result)

    def set(self, key: Key[T], value: T) -> None:
        self._q.setValue(key.name, value)

    def sync(self) -> None:
        self._q.sync()

    def _upgrade(self) -> None:
        raw: Any = self._q.value("meta/version", 0)
        stored = int(raw or 0)
        # Version 0 had no `prefs/` prefix for the trainee name.
        if stored < 1 and self._q.contains("trainee_name"):
            self._q.setValue(Prefs.trainee_name.name, self._q.value("trainee_name"))
            self._q.remove("trainee_name")
        self._q.setValue("meta/version", VERSION)
