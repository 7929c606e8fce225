"""The one way slow work leaves the UI thread (as Anki's QueryOp does).

`run_in_background(fn, on_done, on_error)` runs `fn()` on the global QThreadPool (or on
`pool`) and delivers its result or exception back on the UI thread. `fn` must not touch
widgets; it may open its own database connection.

Scoring work (the live judgement, the rewrite, loading the encoder) runs on
`scoring_pool()`, one thread: passes then never compete for the two cores, and the model
loads before the first pass that needs it instead of twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_live: set[_Relay] = set()


@cache
def scoring_pool() -> QThreadPool:
    """The one-thread pool every scoring pass runs on, in the order they were asked for."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # keep the thread: starting one costs as much as a pass
    return pool


class _Relay(QObject):
    """Lives on the UI thread; its queued signals carry the outcome back there.

    Signals: done(object), failed(object)
    """

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run `fn` off the UI thread; call `on_done(result)` or `on_error(exc)` on it.

    With `owner` (the widget the callbacks update), an outcome that arrives after the
    owner was closed and deleted is dropped: a LanguageTool answer for a window that is
    gone has nowhere to go.
    """
    relay = _Relay()
    _live.add(relay)

    def owner_gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finish_ok(result: Any) -> None:
        _live.discard(relay)
        if owner_gone():
            log.debug("dropped a background result: its window is closed")
            return
        on_done(result)

    def finish_error(exc: BaseException) -> None:
        _live.discard(relay)
        if owner_gone():
            log.debug("dropped a background error: its window is closed", exc_info=exc)
            return
        if on_error is None:
            log.error("background task failed", exc_info=exc)
            raise exc
        on_error(exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def wait_for_background(msecs: int = 5000) -> bool:
    """Block until background work is finished (for shutdown and tests)."""
    scoring = scoring_pool().waitForDone(msecs)
    return QThreadPool.globalInstance().waitForDone(msecs) and scoring


class StoreQuery:
    """A view's store reads, off the UI thread, with only the newest answer applied.

    The store may wait 15 s for a busy SQLite file or 10 s for PostgreSQL; the view keeps
    drawing meanwhile and shows `busy` (a "Loading…" label, say) until the answer comes.
    A filter changed twice while the first read is still running would otherwise show the
    older answer last: each `run` supersedes the ones before it, whose answers are dropped.

    `set_busy(True/False)` is called on the UI thread when reading starts and ends.
    """

    def __init__(self, owner: QObject, set_busy: Callable[[bool], None]) -> None:
        self._owner = owner
        self._set_busy = set_busy
        self._generation = 0
        self._pending = 0

    @property
    def pending(self) -> bool:
        """A read is running whose answer has not been applied yet."""
        return self._pending > 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on a worker thread; `on_done(result)` on the UI thread unless a newer
        `run` came meanwhile; `on_error(exc)` likewise (None: logged and raised)."""
        self._generation += 1
        generation = self._generation
        self._pending += 1
        if self._pending == 1:
            self._set_busy(True)

        def settle() -> bool:
            self._pending -= 1
            if self._pending == 0:
                self._set_busy(False)
            return generation == self._generation

        def done(result: Any) -> None:
            if settle():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if not settle():
                return
            if on_error is None:
                raise exc
            on_error(exc)

        run_in_background(fn, done, failed, owner=self._owner)
