"""Reviews: an override changes the effective score, never the automatic one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coach.errors import UsageError
from coach.store import HistoryFilter, Order
from coach.store.schema import attempt_scores, attempts


def _raw(store, attempt_id):
    def read(conn):
        row = conn.execute(select(attempts).where(attempts.c.id == attempt_id)).one()
        scores = conn.execute(
            select(attempt_scores.c.dimension, attempt_scores.c.score).where(
                attempt_scores.c.attempt_id == attempt_id
            )
        ).all()
        return tuple(row), sorted(scores)

    return store.db.read(read)


def test_an_override_changes_the_effective_score_and_keeps_the_original(
    store, make_attempt, report
):
    attempt_id = store.record_attempt(make_attempt())
    before = _raw(store, attempt_id)
    store.add_review(attempt_id, "Trainer Kim", "Tone is fine here", {"tone": 95, "overall": 90})
    (summary,) = store.attempts_page()
    assert summary.overall == report.overall
    assert summary.dimensions == report.dimensions
    assert summary.effective_overall == 90
    assert summary.effective_dimensions == {**report.dimensions, "tone": 95}
    assert _raw(store, attempt_id) == before  # the attempt rows were not touched
    stored = store.attempt(attempt_id)
    assert (stored.overall, stored.effective_overall) == (report.overall, 90)
    assert store.best_scores("Anna") == {summary.scenario_id: 90}


def test_a_dimension_override_alone_keeps_the_automatic_overall(store, make_attempt, report):
    attempt_id = store.record_attempt(make_attempt())
    store.add_review(attempt_id, "Kim", "", {"empathy": 10})
    stored = store.attempt(attempt_id)
    assert stored.effective_overall == report.overall
    assert stored.effective_dimensions["empathy"] == 10


def test_the_latest_overriding_review_decides_and_comments_do_not(store, make_attempt, report):
    attempt_id = store.record_attempt(make_attempt())
    store.add_review(attempt_id, "Kim", "first", {"tone": 20, "overall": 30})
    store.add_review(attempt_id, "Lee", "second", {"clarity": 99})
    store.add_review(attempt_id, "Kim", "just a comment")  # overrides nothing
    stored = store.attempt(attempt_id)
    # Only the second review's overrides apply: no merging with the first.
    assert stored.effective_overall == report.overall
    assert stored.effective_dimensions == {**report.dimensions, "clarity": 99}
    assert [r.comment for r in stored.reviews] == ["first", "second", "just a comment"]
    assert [r.overrides for r in store.reviews(attempt_id)] == [
        {"tone": 20, "overall": 30},
        {"clarity": 99},
        None,
    ]


def test_an_empty_override_puts_the_automatic_scores_back(store, make_attempt, report):
    attempt_id = store.record_attempt(make_attempt())
    store.add_review(attempt_id, "Kim", "too harsh", {"overall": 99})
    store.add_review(attempt_id, "Kim", "on second thought, no", {})
    (summary,) = store.attempts_page()
    assert summary.effective_overall == report.overall
    assert store.best_scores("Anna") == {summary.scenario_id: report.overall}


def test_best_and_worst_order_by_effective_overall(store, make_attempt, report):
    ids = [store.record_attempt(make_attempt(text=f"reply {n}")) for n in range(3)]
    store.add_review(ids[0], "Kim", "", {"overall": 99})
    store.add_review(ids[2], "Kim", "", {"overall": 1})
    best = store.attempts_page(HistoryFilter(), order=Order.BEST)
    worst = store.attempts_page(HistoryFilter(), order=Order.WORST)
    assert [s.id for s in best] == [ids[0], ids[1], ids[2]]
    assert [s.id for s in worst] == [ids[2], ids[1], ids[0]]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"warmth": 50}, "'warmth' is not a dimension of this attempt"),
        ({"tone": 101}, "between 0 and 100"),
        ({"overall": -1}, "between 0 and 100"),
        ({"tone": float("nan")}, "between 0 and 100"),
    ],
)
def test_bad_overrides_are_refused(store, make_attempt, overrides, message):
    attempt_id = store.record_attempt(make_attempt())
    with pytest.raises(UsageError, match=message):
        store.add_review(attempt_id, "Kim", "", overrides)
    assert store.reviews(attempt_id) == []


def test_reviewing_a_missing_attempt_or_without_a_name_is_refused(store, make_attempt):
    with pytest.raises(UsageError, match="no attempt 404"):
        store.add_review(404, "Kim", "hello")
    attempt_id = store.record_attempt(make_attempt())
    with pytest.raises(UsageError, match="name is needed"):
        store.add_review(attempt_id, "  ", "hello")
