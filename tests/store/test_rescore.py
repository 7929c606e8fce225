"""Rescoring after a content change: new rows beside the originals, honest counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from coach.scoring import load_library, score_reply
from coach.store import HistoryFilter
from coach.store.findings import findings_json
from coach.store.schema import attempts, rescores

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "tests" / "data" / "scenarios"
REPLIES = [
    "Hi Daniel, I understand how frustrating this is. Set page_size to 200 and I will "
    "check your next request today.",
    "You are doing everything wrong. Read the documentation.",
    "Hello Daniel, thanks for the logs. The limit is 200 per page; please retry and I "
    "will verify it within the hour.",
]


@pytest.fixture
def changed_content(tmp_path) -> list[Path]:
    """The bundled rubrics with empathy weighted double: a new rubric hash and new scores."""
    rubrics = tmp_path / "rubrics"
    shutil.copytree(ROOT / "coach/data/rubrics", rubrics)
    path = rubrics / "support-en.yaml"
    text = path.read_text(encoding="utf-8")
    assert "empathy:    {weight: 0.25" in text
    path.write_text(text.replace("empathy:    {weight: 0.25", "empathy:    {weight: 0.50"), "utf-8")
    return [rubrics, SCENARIOS]


@pytest.fixture
def unchanged_content() -> list[Path]:
    return [ROOT / "coach/data/rubrics", SCENARIOS]


def _fill(store, make_attempt, trainee="Anna", replies=REPLIES):
    return [store.record_attempt(make_attempt(trainee=trainee, text=t)) for t in replies]


def _originals(store):
    return store.db.read(lambda c: c.execute(select(attempts).order_by(attempts.c.id)).all())


def test_rescore_stores_new_scores_and_keeps_the_originals(
    store, make_attempt, report, changed_content, api_en
):
    ids = _fill(store, make_attempt)
    before = _originals(store)
    progress = []
    summary = store.rescore(
        changed_content, workers=1, progress=lambda d, t: progress.append((d, t))
    )
    assert (summary.considered, summary.rescored, summary.unchanged) == (3, 3, 0)
    assert (summary.already_done, summary.missing, summary.reused) == (0, 0, 0)
    assert summary.per_second > 0
    assert (progress[0], progress[-1]) == ((0, 3), (3, 3))
    assert _originals(store) == before  # attempt rows untouched

    library = load_library(changed_content)
    rubric = library.rubrics["support-en"]
    rows = store.db.read(lambda c: {r.attempt_id: r for r in c.execute(select(rescores))})
    for attempt_id, text in zip(ids, REPLIES, strict=True):
        stored = store.attempt(attempt_id)
        expected = score_reply(text, rubric, library.scenarios[api_en.id])
        assert stored.overall == report.overall  # the original automatic score
        assert stored.rescored_overall == expected.overall
        assert stored.rescored_dimensions == expected.dimensions
        # Encoded by the scorer, stored once: reads back as the findings, not a string.
        assert rows[attempt_id].findings == findings_json(expected)
        assert rows[attempt_id].rubric_hash == rubric.content_hash
        assert rows[attempt_id].spelling_backend == "offline"


def test_a_second_run_does_nothing_again(store, make_attempt, changed_content):
    _fill(store, make_attempt)
    store.rescore(changed_content, workers=1)
    again = store.rescore(changed_content, workers=1)
    assert (again.rescored, again.already_done) == (0, 3)
    assert store.db.read(lambda c: len(c.execute(select(rescores.c.id)).all())) == 3


def test_unchanged_content_is_skipped_unless_forced(store, make_attempt, unchanged_content):
    _fill(store, make_attempt)
    skipped = store.rescore(unchanged_content, workers=1)
    assert (skipped.rescored, skipped.unchanged) == (0, 3)
    forced = store.rescore(unchanged_content, workers=1, force=True)
    assert (forced.rescored, forced.unchanged) == (3, 0)


def test_missing_content_and_identical_replies_are_counted(store, make_attempt, changed_content):
    _fill(store, make_attempt, replies=[REPLIES[0]] * 4 + [REPLIES[1]])
    store.record_attempt(make_attempt(scenario_id="no-longer-exists"))
    summary = store.rescore(changed_content, workers=1)
    assert (summary.considered, summary.rescored, summary.missing) == (6, 5, 1)
    assert summary.reused == 3  # four identical replies scored once


def test_filters_limit_what_is_rescored(store, make_attempt, changed_content):
    _fill(store, make_attempt, trainee="Anna")
    _fill(store, make_attempt, trainee="Boris")
    summary = store.rescore(changed_content, workers=1, filters=HistoryFilter(trainee="Boris"))
    assert (summary.considered, summary.rescored) == (3, 3)
    assert all(s.rescored_overall is None for s in map(store.attempt, range(1, 4)))


@pytest.mark.slow
def test_worker_processes_give_the_same_results(store, make_attempt, changed_content):
    replies = [f"{text} Ref {n}." for n in range(40) for text in REPLIES[:1]]
    ids = _fill(store, make_attempt, replies=replies)
    summary = store.rescore(changed_content, workers=2)
    assert (summary.workers, summary.rescored) == (2, 40)
    # Each worker embeds the shared sentences once; only each "Ref n." is new after that.
    assert summary.sentence_misses >= 40
    assert summary.sentence_hit_rate > 0.5
    library = load_library(changed_content)
    rubric = library.rubrics["support-en"]
    scenario = next(iter(s for s in library.scenarios.values() if s.id == "test-api-en"))
    for attempt_id in ids[:5]:
        stored = store.attempt(attempt_id)
        assert stored.rescored_overall == score_reply(stored.reply_text, rubric, scenario).overall
