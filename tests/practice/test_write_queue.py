"""The store calls of a practice window: in order, coalesced, nothing typed lost."""

from __future__ import annotations

import threading
from collections import deque

import pytest

from coach.practice import Submitted, WriteQueue
from coach.practice.writes import submit_and_read_best
from coach.store.errors import StoreError
from coach.store.submission import Kept


class MemoryStore:
    def __init__(self):
        self.drafts: dict[tuple[str, str, int], str] = {}
        self.attempts: list = []
        self.calls: list[str] = []
        self.fail: dict[str, Exception] = {}

    def _call(self, name):
        self.calls.append(name)
        if name in self.fail:
            raise self.fail[name]

    def save_draft(self, trainee, scenario_id, turn, text):
        self._call("save_draft")
        self.drafts[(trainee, scenario_id, turn)] = text

    def load_draft(self, trainee, scenario_id, turn):
        self._call("load_draft")
        return self.drafts.get((trainee, scenario_id, turn))

    def clear_draft(self, trainee, scenario_id, turn):
        self._call("clear_draft")
        self.drafts.pop((trainee, scenario_id, turn), None)

    def record_attempt(self, attempt, *, token=None, created_at=None):
        self._call("record_attempt")
        self.attempts.append(attempt)
        return len(self.attempts)

    def best_scores(self, trainee):
        self._call("best_scores")
        return {a.scenario_id: a.report.overall for a in self.attempts}


class StepRunner:
    """Runs each call only when the test says (`step`), as a busy worker thread would."""

    def __init__(self):
        self.waiting: deque = deque()

    def __call__(self, work, on_done, on_error):
        self.waiting.append((work, on_done, on_error))

    def step(self):
        work, on_done, on_error = self.waiting.popleft()
        try:
            result = work()
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)

    def drain(self):
        while self.waiting:
            self.step()


KEY = ("anna", "api-params-vip-en", 0)


@pytest.fixture
def runner():
    return StepRunner()


@pytest.fixture
def store():
    return MemoryStore()


def fail(exc):
    raise exc


def test_a_burst_of_draft_saves_costs_one_write_of_the_latest_text(runner, store):
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "Hi", fail)  # starts at once
    queue.save_draft(store, KEY, "Hi Da", fail)  # queued
    queue.save_draft(store, KEY, "Hi Daniel", fail)  # joins the queued save
    assert queue.unsaved_draft(KEY) == "Hi Daniel"
    runner.drain()
    assert store.calls == ["save_draft", "save_draft"]
    assert store.drafts[KEY] == "Hi Daniel"
    assert queue.unsaved_draft(KEY) is None
    assert queue.idle


def test_a_blank_draft_clears_the_stored_one(runner, store):
    store.drafts[KEY] = "old"
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "  ", fail)
    runner.drain()
    assert KEY not in store.drafts


def test_a_read_waits_for_the_saves_asked_before_it(runner, store):
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "Hi", fail)
    runner.step()  # saved: nothing unsaved any more
    queue.save_draft(store, ("anna", "other", 0), "x", fail)
    got: list = []
    queue.load_draft(store, KEY, got.append, fail)
    assert got == []
    runner.drain()
    assert got == ["Hi"]
    assert store.calls == ["save_draft", "save_draft", "load_draft"]


def test_text_typed_but_not_saved_is_given_at_once(runner, store):
    store.drafts[KEY] = "older"
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "newer", fail)
    got: list = []
    queue.load_draft(store, KEY, got.append, fail)
    assert got == ["newer"]  # before any call ran


def test_a_failed_save_keeps_the_text_for_the_next_read(runner, store):
    store.fail["save_draft"] = StoreError("locked")
    queue = WriteQueue(runner)
    errors: list = []
    queue.save_draft(store, KEY, "Hi Daniel", errors.append)
    runner.drain()
    assert [str(e) for e in errors] == ["locked"]
    got: list = []
    queue.load_draft(store, KEY, got.append, fail)
    assert got == ["Hi Daniel"]


def test_a_failed_read_reaches_its_error_callback_and_the_queue_goes_on(runner, store):
    store.fail["load_draft"] = StoreError("locked")
    queue = WriteQueue(runner)
    errors: list = []
    queue.load_draft(store, KEY, fail, errors.append)
    queue.save_draft(store, KEY, "Hi", fail)
    runner.drain()
    assert [str(e) for e in errors] == ["locked"]
    assert store.drafts[KEY] == "Hi"


def test_a_submit_clears_its_draft_after_the_saves_before_it(runner, store, bundled):
    from coach.practice import PracticeFlow

    flow = PracticeFlow(lambda: "anna")
    flow.library = bundled
    flow.open(KEY[1])
    pending = flow.prepare_submit(bundled.scenarios[KEY[1]].examples.good[0].text)
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "typing", fail)
    outcome: list[Submitted] = []
    queue.submit(store, pending.attempt, pending.key, None, outcome.append, fail)
    assert queue.submitting
    runner.drain()
    assert not queue.submitting
    assert outcome[0].submission.kept is Kept.STORED
    assert KEY not in store.drafts  # cleared after the save, not overwritten by it
    assert outcome[0].best == {KEY[1]: pending.report.overall}
    assert queue.unsaved_draft(KEY) is None


def test_a_submit_without_a_store_is_parked_not_lost(bundled, tmp_path, monkeypatch):
    from coach.practice import PracticeFlow

    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    flow = PracticeFlow(lambda: "anna")
    flow.library = bundled
    flow.open(KEY[1])
    pending = flow.prepare_submit("Hi Daniel, I will check the request parameters.")
    submitted = submit_and_read_best(None, pending.attempt, pending.key, None)
    assert submitted.submission.kept is Kept.PARKED
    assert submitted.best is None


def test_finish_runs_what_is_queued_on_the_calling_thread(store):
    """A closing window: the running write ends on its thread, but its callback (and so
    the next write) would need the event loop that is ending; `finish` does the rest."""
    threads: list = []
    original = store.save_draft

    def save(*args):
        threads.append(threading.current_thread())
        original(*args)

    store.save_draft = save

    def no_callbacks(work, on_done, on_error):
        threading.Thread(target=work).start()

    queue = WriteQueue(no_callbacks)
    queue.save_draft(store, KEY, "first", fail)
    queue.save_draft(store, ("anna", "other", 0), "closing", fail)  # waits in the queue
    queue.finish(timeout_s=5)
    assert store.drafts == {KEY: "first", ("anna", "other", 0): "closing"}
    assert threads[0] is not threading.current_thread()
    assert threads[1] is threading.current_thread()


def test_a_save_queued_behind_one_of_the_same_text_does_not_clear_the_draft(runner, store):
    """The first save commits, its callback has not come yet, the same text is saved again
    (leaving the scenario saves its draft): the second must save the text, not ""."""
    queue = WriteQueue(runner)
    queue.save_draft(store, KEY, "Hi Daniel, half a thought", fail)  # running
    queue.save_draft(store, KEY, "Hi Daniel, half a thought", fail)  # queued behind it
    runner.drain()
    assert store.drafts[KEY] == "Hi Daniel, half a thought"
    assert queue.unsaved_draft(KEY) is None
