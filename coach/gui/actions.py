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
    TRAINER_MODE = auto()
    QUIT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def _specs() -> dict[ActionId, tuple[str, QKeySequence]]:
    key = QKeySequence
    return {
        ActionId.SUBMIT: (_tr("&Submit reply"), key("Ctrl+Return")),
        ActionId.NEXT_FINDING: (_tr("&Next finding"), key("F8")),
        ActionId.PREVIOUS_FINDING: (_tr("&Previous finding"), key("Shift+F8")),
        ActionId.APPLY_SUGGESTION: (_tr("&Apply suggestion"), key("Ctrl+.")),
        ActionId.USE_REWRITE: (_tr("Use the &rewrite"), key("Ctrl+Shift+R")),
        ActionId.TRY_AGAIN: (_tr("&Try again"), key("Ctrl+Shift+N")),
        ActionId.NEXT_SCENARIO: (_tr("Ne&xt scenario"), key("Ctrl+PgDown")),
        ActionId.PREVIOUS_SCENARIO: (_tr("Pre&vious scenario"), key("Ctrl+PgUp")),
        ActionId.SEARCH: (_tr("&Search scenarios"), key(key.StandardKey.Find)),
        ActionId.SETTINGS: (_tr("S&ettings…"), key("Ctrl+,")),
        ActionId.TRAINER_MODE: (_tr("&Trainer mode…"), key("Ctrl+Shift+T")),
        ActionId.QUIT: (_tr("&Quit"), key(key.StandardKey.Quit)),
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
