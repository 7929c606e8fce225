"""One attempt's turns and clocks (moved from the GUI tests: no widget is involved)."""

import time

from coach.practice.session import PracticeSession, examples_for_turn


def test_the_time_limit_runs_once_for_the_whole_attempt(bundled, monkeypatch):
    scenario = bundled.scenarios["csv-import-branching-en"]
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    session = PracticeSession(scenario, started=now[0], turn_started=now[0])
    limit = scenario.time_limit_minutes * 60
    now[0] += 100
    session.mark_first_key()
    now[0] += 50
    assert session.ms_elapsed() == 150_000
    session.advance("my reply", scenario.turns[1].branches[-1].message, "follow-up")
    now[0] += 30
    # The attempt's clock went on; the turn's own timings start again.
    assert session.seconds_left() == limit - 180
    assert session.ms_elapsed() == 30_000
    assert session.ms_to_first_key() is None
    assert [m.from_customer for m in session.conversation] == [True, False, True]
    assert session.turn_id == "follow-up"


def test_examples_belong_to_the_first_turn(bundled):
    scenario = bundled.scenarios["csv-import-branching-en"]
    assert examples_for_turn(scenario, 0) == list(scenario.examples.good)
    assert examples_for_turn(scenario, 1) == []
