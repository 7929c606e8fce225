"""Background work reports back on the UI thread, and not to a window that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from coach.gui.workers import run_in_background, wait_for_background


def test_the_result_reaches_a_live_owner(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    got = []
    run_in_background(lambda: 41 + 1, got.append, owner=owner)
    qtbot.waitUntil(lambda: got == [42])


def test_a_result_for_a_deleted_owner_is_dropped(qtbot):
    owner = QWidget()
    release = threading.Event()
    got, errors = [], []

    def slow() -> int:
        release.wait(5)
        return 1

    run_in_background(slow, got.append, errors.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert wait_for_background()
    qtbot.wait(50)  # let the queued result arrive
    assert (got, errors) == ([], [])


def test_an_error_for_a_deleted_owner_is_dropped(qtbot):
    owner = QWidget()
    release = threading.Event()
    errors = []

    def failing() -> None:
        release.wait(5)
        raise OSError("server went away")

    run_in_background(failing, lambda _r: None, errors.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert wait_for_background()
    qtbot.wait(50)
    assert errors == []


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)
