"""Every user action, built in one place from an enum of ids (as Picard does).

Standard shortcuts come from `QKeySequence.StandardKey` where Qt has one, so they follow
the platform's conventions.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    SUBMIT = auto()
    NEXT_FINDING = auto()
    PREVIOUS_FINDING = auto()
    APPLY_SUGGESTION = auto()
    USE_REWRITE = auto()
    TRY_AGAIN = auto()
    NEXT_SCENARIO = auto()
    PREVIOUS_SCENARIO = auto()
    SEARCH = auto()
    SETTINGS = auto()
    MY_PROGRESS = auto()
    TRAINER_MODE = auto()
    QUIT = auto()


def _specs() -> dict[ActionId, tuple[str, QKeySequence]]:
    key = QKeySequence
    return {
        ActionId.SUBMIT: (
            QCoreApplication.translate("actions", "&Submit reply"),
            key("Ctrl+Return"),
        ),
        ActionId.NEXT_FINDING: (QCoreApplication.translate("actions", "&Next finding"), key("F8")),
        ActionId.PREVIOUS_FINDING: (
            QCoreApplication.translate("actions", "&Previous finding"),
            key("Shift+F8"),
        ),
        ActionId.APPLY_SUGGESTION: (
            QCoreApplication.translate("actions", "&Apply suggestion"),
            key("Ctrl+."),
        ),
        ActionId.USE_REWRITE: (
            QCoreApplication.translate("actions", "Use the &rewrite"),
            key("Ctrl+Shift+R"),
        ),
        ActionId.TRY_AGAIN: (
            QCoreApplication.translate("actions", "&Try again"),
            key("Ctrl+Shift+N"),
        ),
        ActionId.NEXT_SCENARIO: (
            QCoreApplication.translate("actions", "Ne&xt scenario"),
            key("Ctrl+PgDown"),
        ),
        ActionId.PREVIOUS_SCENARIO: (
            QCoreApplication.translate("actions", "Pre&vious scenario"),
            key("Ctrl+PgUp"),
        ),
        ActionId.SEARCH: (
            QCoreApplication.translate("actions", "&Search scenarios"),
            key(key.StandardKey.Find),
        ),
        ActionId.SETTINGS: (QCoreApplication.translate("actions", "S&ettings…"), key("Ctrl+,")),
        ActionId.MY_PROGRESS: (
            QCoreApplication.translate("actions", "My &progress…"),
            key("Ctrl+Shift+P"),
        ),
        ActionId.TRAINER_MODE: (
            QCoreApplication.translate("actions", "&Trainer mode…"),
            key("Ctrl+Shift+T"),
        ),
        ActionId.QUIT: (QCoreApplication.translate("actions", "&Quit"), key(key.StandardKey.Quit)),
    }


def build_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, (text, shortcut) in _specs().items():
        action = QAction(text, parent)
        action.setShortcut(shortcut)
        action.setObjectName(action_id.name.lower())
        action.setToolTip(f"{text.replace('&', '')} ({shortcut.toString()})")
        actions[action_id] = action
    return actions
