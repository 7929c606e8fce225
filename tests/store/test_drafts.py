"""Drafts: autosaved text per trainee, scenario and turn."""

from __future__ import annotations

from coach.store import SqlStore


def test_save_load_replace_clear(store):
    assert store.load_draft("Anna", "api", 1) is None
    store.save_draft("Anna", "api", 1, "Hi Dan")
    assert store.load_draft("Anna", "api", 1) == "Hi Dan"
    store.save_draft("Anna", "api", 1, "Hi Daniel, ")
    assert store.load_draft("Anna", "api", 1) == "Hi Daniel, "
    store.clear_draft("Anna", "api", 1)
    assert store.load_draft("Anna", "api", 1) is None
    store.clear_draft("Anna", "api", 1)  # clearing twice is fine


def test_drafts_are_kept_apart_per_trainee_scenario_and_turn(store):
    store.save_draft("Anna", "api", 1, "a1")
    store.save_draft("Anna", "api", 2, "a2")
    store.save_draft("Anna", "outage", 1, "o1")
    store.save_draft("Boris", "api", 1, "b1")
    assert [
        store.load_draft("Anna", "api", 1),
        store.load_draft("Anna", "api", 2),
        store.load_draft("Anna", "outage", 1),
        store.load_draft("Boris", "api", 1),
    ] == ["a1", "a2", "o1", "b1"]
    store.clear_draft("Anna", "api", 1)
    assert store.load_draft("Anna", "api", 2) == "a2"
    assert store.load_draft("Boris", "api", 1) == "b1"


def test_unknown_trainee_has_no_draft_and_clearing_creates_nobody(store):
    store.clear_draft("Ghost", "api", 1)
    assert store.load_draft("Ghost", "api", 1) is None
    assert store.trainees() == []


def test_a_draft_survives_reopening(db_url):
    text = "Здравствуйте! 👋\n" + "long " * 20_000
    with SqlStore(db_url) as first:
        first.save_draft("Ольга", "api", 1, text)
    with SqlStore(db_url) as second:
        assert second.load_draft("Ольга", "api", 1) == text
