"""Reference cycles are collected on the UI thread, never in a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from coach.gui.workers import run_in_background, wait_for_background


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_automatic_collection_is_off_and_the_timer_collects(qtbot):
    assert not gc.isenabled()
    freed_on: list[str] = []
    node = Node()
    weakref.finalize(node, lambda: freed_on.append(threading.current_thread().name))
    del node
    # A worker allocating heavily would have triggered a collection in its own thread.
    run_in_background(lambda: [Node() for _ in range(50_000)] and None, lambda _r: None)
    assert wait_for_background()
    assert freed_on == []
    qtbot.waitUntil(lambda: freed_on != [], timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_stop_hands_collection_back(qapp):
    from coach.gui.collector import UiThreadCollector

    gc.enable()  # as in a process where nothing had switched it off
    collector = UiThreadCollector(qapp)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the session's collector is still in charge
