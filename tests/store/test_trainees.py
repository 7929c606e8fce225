"""Moving history recorded before the trainee gave a name over to that name."""

from __future__ import annotations

from coach.store import HistoryFilter


def test_attempts_and_drafts_move_to_the_new_name(store, make_attempt):
    store.record_attempt(make_attempt(trainee="trainee"))
    store.record_attempt(make_attempt(trainee="trainee"))
    store.record_attempt(make_attempt(trainee="Boris"))
    store.save_draft("trainee", "api", 0, "half a reply")
    store.save_draft("trainee", "outage", 0, "older typing")
    store.save_draft("Anna", "outage", 0, "newer typing")
    assert store.move_history("trainee", "Anna") == 2
    assert store.trainees() == ["Anna", "Boris"]
    assert store.count_attempts(HistoryFilter(trainee="Anna")) == 2
    assert store.count_attempts(HistoryFilter(trainee="Boris")) == 1
    assert store.best_scores("Anna")
    assert store.best_scores("trainee") == {}
    assert store.load_draft("Anna", "api", 0) == "half a reply"
    # Anna's own draft of the same scenario and turn is the newer one: it stays.
    assert store.load_draft("Anna", "outage", 0) == "newer typing"


def test_nothing_to_move(store, make_attempt):
    store.record_attempt(make_attempt(trainee="Anna"))
    assert store.move_history("trainee", "Anna") == 0
    assert store.move_history("Anna", " Anna ") == 0
    assert store.trainees() == ["Anna"]
