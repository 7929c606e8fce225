"""The practice flow without widgets: attempts, results, turns, the clock, draft rules."""

from __future__ import annotations

import sys
import time

import pytest

from coach.practice import UNNAMED, PracticeFlow, Submitted
from coach.store.submission import Kept, Submission

VIP = "api-params-vip-en"
BRANCHING = "csv-import-branching-en"


@pytest.fixture
def flow(bundled):
    names = {"trainee": "anna"}
    flow = PracticeFlow(lambda: names["trainee"])
    flow.library = bundled
    flow.names = names  # type: ignore[attr-defined]  # the test renames the trainee
    return flow


def started(flow, at: float) -> None:
    """The open attempt began at `at` (the session's clocks default to the real one)."""
    flow.session.started = flow.session.turn_started = at


def stored() -> Submitted:
    return Submitted(Submission(Kept.STORED))


def test_the_flow_runs_without_qt():
    """In a fresh interpreter: importing the practice package loads no Qt module."""
    import subprocess

    code = "import sys, coach.practice; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_opening_a_scenario_starts_an_attempt_at_its_first_turn(flow, bundled):
    assert flow.open("no-such-scenario") is None
    session = flow.open(VIP)
    assert session is flow.session
    assert session.scenario is bundled.scenarios[VIP]
    assert session.turn == 0
    assert flow.draft_key() == ("anna", VIP, 0)
    flow.names["trainee"] = "Anna Berg"  # the trainee gave their name meanwhile
    assert flow.draft_key() == ("Anna Berg", VIP, 0)


def test_a_submit_carries_the_reply_its_scores_and_its_timings(flow, bundled):
    scenario = bundled.scenarios[VIP]
    flow.open(VIP)
    flow.session.mark_first_key()
    text = scenario.examples.good[0].text
    pending = flow.prepare_submit(text)
    attempt = pending.attempt
    assert (attempt.trainee, attempt.scenario_id, attempt.turn) == ("anna", VIP, 0)
    assert attempt.scenario_hash == scenario.content_hash
    assert attempt.rubric_id == scenario.rubric
    assert attempt.reply_text == text
    assert attempt.report == pending.report
    assert attempt.time_to_first_key_ms is not None
    assert attempt.time_to_submit_ms >= attempt.time_to_first_key_ms
    assert pending.key == ("anna", VIP, 0)


@pytest.mark.parametrize("kept", [Kept.STORED, Kept.PARKED])
def test_a_kept_attempt_shows_the_trainers_examples_and_the_next_turn(flow, bundled, kept):
    scenario = bundled.scenarios[BRANCHING]
    flow.open(BRANCHING)
    pending = flow.prepare_submit(scenario.examples.good[0].text)
    results = flow.after_submit(pending, Submitted(Submission(kept)))
    assert [e.text for e, _ in results.examples] == [e.text for e in scenario.examples.good]
    assert all(report.overall > 0 for _, report in results.examples)
    assert results.following is not None
    assert flow.pending_next == results.following


@pytest.mark.parametrize("kept", [Kept.UNSAVED, Kept.REJECTED])
def test_an_attempt_that_is_not_kept_shows_no_results(flow, bundled, kept):
    flow.open(VIP)
    pending = flow.prepare_submit(bundled.scenarios[VIP].examples.good[0].text)
    assert flow.after_submit(pending, Submitted(Submission(kept))) is None
    assert flow.pending_next is None


def test_results_for_an_attempt_no_longer_open_are_not_shown(flow, bundled):
    flow.open(VIP)
    pending = flow.prepare_submit(bundled.scenarios[VIP].examples.good[0].text)
    flow.open("mass-outage-en")  # the trainee moved on while it was being saved
    assert flow.after_submit(pending, stored()) is None


def test_the_next_turn_keeps_the_clock_and_the_reply(flow, bundled, monkeypatch):
    scenario = bundled.scenarios[BRANCHING]
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    assert flow.advance() is None  # nothing submitted yet
    flow.open(BRANCHING)
    started(flow, now[0])
    reply = scenario.examples.good[0].text
    flow.after_submit(flow.prepare_submit(reply), stored())
    now[0] += 90
    session = flow.advance()
    assert session is flow.session
    assert session.turn == 1
    assert [m.text for m in session.conversation if not m.from_customer] == [reply]
    assert flow.draft_key() == ("anna", BRANCHING, 1)
    assert flow.clock().seconds_left == scenario.time_limit_minutes * 60 - 90
    assert flow.advance() is None  # the next message is used once


def test_the_clock_says_what_is_left_and_when_time_is_up(flow, bundled, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    assert flow.clock() is None
    flow.open(VIP)
    assert bundled.scenarios[VIP].time_limit_minutes is None
    assert not flow.clock().limited
    timed = next(s for s in bundled.scenarios.values() if s.time_limit_minutes)
    flow.open(timed.id)
    started(flow, now[0])
    limit = timed.time_limit_minutes * 60
    now[0] += 5.5
    clock = flow.clock()
    assert clock.limited
    assert not clock.time_up
    assert clock.minutes_seconds == divmod(int(limit - 5.5), 60)
    now[0] += limit
    assert flow.clock().time_up
    assert flow.clock().minutes_seconds == (0, 0)


def test_no_draft_is_saved_while_it_is_being_read(flow):
    flow.open(VIP)
    key = flow.draft_key()
    read = flow.start_draft_read()
    assert flow.reading_draft
    assert not flow.may_save_draft(key, "")
    assert flow.end_draft_read(read, key, ok=True)
    assert not flow.reading_draft
    assert flow.may_save_draft(key, "")


def test_a_newer_read_supersedes_an_older_one(flow):
    flow.open(VIP)
    key = flow.draft_key()
    first = flow.start_draft_read()
    flow.open("mass-outage-en")
    second = flow.start_draft_read()
    assert not flow.end_draft_read(first, key, ok=True)  # not shown: another is awaited
    assert flow.reading_draft
    assert flow.end_draft_read(second, flow.draft_key(), ok=True)


def test_an_empty_editor_never_clears_a_draft_that_could_not_be_read(flow):
    flow.open(VIP)
    key = flow.draft_key()
    read = flow.start_draft_read()
    assert flow.end_draft_read(read, key, ok=False)
    assert not flow.may_save_draft(key, "")
    assert not flow.may_save_draft(key, "   ")
    assert flow.may_save_draft(key, "Hi Daniel")  # written anew: that is the draft now
    assert flow.may_save_draft(key, "")


def test_unnamed_is_the_placeholder_name():
    assert UNNAMED == "trainee"


def test_an_open_attempt_survives_a_reload_without_its_scenario(flow, bundled):
    """A trainer renamed the scenario in the workbench: the attempt goes on with the
    scenario it started with, scored with its rubric."""
    from coach.content.library import Library

    flow.open(VIP)
    flow.library = Library(rubrics=dict(bundled.rubrics), scenarios={})
    assert flow.rubric().id == bundled.scenarios[VIP].rubric
    pending = flow.prepare_submit(bundled.scenarios[VIP].examples.good[0].text)
    assert flow.after_submit(pending, stored()) is not None
