"""SqlStore: what goes in comes out, crashes lose nothing, concurrent writers lose nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coach import __version__
from coach.store import AttemptStore, SqlStore
from coach.store.schema import attempt_details, attempt_scores, attempts

WRITER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parents[2]


def test_an_attempt_round_trips_with_everything_the_issue_lists(store, make_attempt, report):
    before = datetime.now(UTC)
    attempt = make_attempt(time_to_first_key_ms=1200, time_to_submit_ms=95_000)
    attempt_id = store.record_attempt(attempt)
    stored = store.attempt(attempt_id)
    assert stored is not None
    assert stored.trainee == "Anna"
    assert (stored.scenario_id, stored.scenario_hash) == (
        attempt.scenario_id,
        attempt.scenario_hash,
    )
    assert (stored.rubric_id, stored.rubric_hash) == (attempt.rubric_id, attempt.rubric_hash)
    assert stored.turn == 1
    assert stored.reply_text == attempt.reply_text
    assert stored.overall == report.overall
    assert stored.band == report.band
    assert stored.dimensions == report.dimensions
    assert list(stored.dimensions) == list(report.dimensions)  # rubric order kept
    assert stored.findings == json.loads(report.to_json())["findings"]
    assert stored.findings  # a real report, with findings and spans
    assert stored.spelling_backend == report.spelling_backend == "offline"
    assert (stored.time_to_first_key_ms, stored.time_to_submit_ms) == (1200, 95_000)
    assert stored.app_version == __version__
    assert stored.language == "en"
    assert before - timedelta(seconds=1) <= stored.created_at <= datetime.now(UTC)
    assert stored.created_at.tzinfo is not None
    assert (stored.effective_overall, stored.effective_dimensions) == (
        stored.overall,
        stored.dimensions,
    )


def test_findings_rebuild_the_same_score_report(store, make_attempt, report):
    stored = store.attempt(store.record_attempt(make_attempt()))
    rebuilt = type(report).from_dict({**report.to_dict(), "findings": stored.findings})
    assert rebuilt == report


def test_unusual_text_round_trips(store, make_attempt):
    texts = [
        "Здравствуйте, Ольга! 👋 Всё исправим сегодня.",
        "x" * 100_000,
        "mixed ру́сский and English\u200b with zero-width space\n\ttabs",
        "quote ' \" ; DROP TABLE attempts; --",
    ]
    ids = [store.record_attempt(make_attempt(text=t, trainee="Ольга Ш.")) for t in texts]
    assert [store.attempt(i).reply_text for i in ids] == texts
    assert store.trainees() == ["Ольга Ш."]


def test_trainee_names_are_trimmed_and_unique(store, make_attempt):
    store.record_attempt(make_attempt(trainee="Anna"))
    store.record_attempt(make_attempt(trainee="  Anna "))
    assert store.trainees() == ["Anna"]


def test_a_token_records_an_attempt_once(store, make_attempt):
    first = store.record_attempt(make_attempt(), token="t-1")
    again = store.record_attempt(make_attempt(), token="t-1")
    assert first == again
    assert store.count_attempts() == 1


def test_best_scores_per_scenario(store, make_attempt, report):
    low = type(report)(**{**asdict(report), "overall": 40.0, "findings": (), "checks": ()})
    store.record_attempt(make_attempt(scenario_id="a", the_report=low))
    store.record_attempt(make_attempt(scenario_id="a"))
    store.record_attempt(make_attempt(scenario_id="b", the_report=low))
    store.record_attempt(make_attempt(scenario_id="b", trainee="Other"))
    assert store.best_scores("Anna") == {"a": report.overall, "b": 40.0}
    assert store.best_scores("Nobody") == {}


def test_sql_store_is_an_attempt_store(store):
    assert isinstance(store, SqlStore)
    # The protocol is what the GUI codes against; mypy checks it in sql_store.py.
    typed: AttemptStore = store
    assert typed.load_draft("Anna", "x", 1) is None


def _report_file(tmp_path, report) -> Path:
    path = tmp_path / "report.json"
    path.write_text(report.to_json(), encoding="utf-8")
    return path


def _writer(url, report_path, name, count, start_file=None) -> subprocess.Popen[str]:
    args = [sys.executable, str(WRITER), url, str(report_path), name, str(count)]
    if start_file:
        args.append(str(start_file))
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )


def _complete(store: SqlStore) -> tuple[int, int]:
    """(attempts, attempts with details and every dimension score): equal when none is partial."""

    def count(conn):
        total = conn.execute(select(func.count()).select_from(attempts)).scalar_one()
        details = conn.execute(select(func.count()).select_from(attempt_details)).scalar_one()
        assert details == total
        per_attempt = (
            select(attempt_scores.c.attempt_id)
            .group_by(attempt_scores.c.attempt_id)
            .having(func.count() == 4)
            .subquery()
        )
        whole = conn.execute(select(func.count()).select_from(per_attempt)).scalar_one()
        return total, whole

    return store.db.read(count)


@pytest.mark.slow
def test_killing_a_writer_mid_loop_loses_no_acknowledged_attempt(db_url, tmp_path, report):
    report_path = _report_file(tmp_path, report)
    assert len(report.dimensions) == 4
    SqlStore(db_url).close()  # schema first, so the kill lands in the submit loop
    acknowledged: list[int] = []
    for round_number in range(3):
        writer = _writer(db_url, report_path, f"killed-{round_number}", 0)
        assert writer.stdout is not None
        target = 40 + round_number * 25
        for line in writer.stdout:
            acknowledged.append(int(line))
            target -= 1
            if target == 0:
                break
        time.sleep(random.uniform(0, 0.004))  # land anywhere in the next transaction
        os.kill(writer.pid, signal.SIGKILL)
        rest, errors = writer.communicate(timeout=30)
        acknowledged += [int(line) for line in rest.split()]  # printed before the kill
        assert writer.returncode == -signal.SIGKILL, errors

    with SqlStore(db_url) as store:
        total, whole = _complete(store)
        assert whole == total  # no attempt without all its dimension scores
        assert total >= len(acknowledged)  # one more may have committed, unprinted
        stored = set(store.db.read(lambda c: c.execute(select(attempts.c.id)).scalars().all()))
        assert set(acknowledged) <= stored
        if store.db.is_sqlite:
            check = store.db.read(lambda c: c.execute(text("PRAGMA integrity_check")).scalar())
            assert check == "ok"


@pytest.mark.slow
def test_two_writer_processes_of_1000_attempts_leave_2000_rows(db_url, tmp_path, report):
    report_path = _report_file(tmp_path, report)
    SqlStore(db_url).close()
    start = tmp_path / "start"
    writers = [_writer(db_url, report_path, f"w{n}", 1000, start) for n in range(2)]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    started = time.monotonic()
    start.touch()
    outputs = [writer.communicate(timeout=120) for writer in writers]
    elapsed = time.monotonic() - started
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, errors
    ids = [int(line) for out, _ in outputs for line in out.split()]
    assert len(ids) == len(set(ids)) == 2000
    with SqlStore(db_url) as store:
        assert store.count_attempts() == 2000
        assert _complete(store) == (2000, 2000)
        assert set(store.trainees()) == {"shared", "w0", "w1"}
        texts = set(
            store.db.read(lambda c: c.execute(select(attempt_details.c.reply_text)).scalars().all())
        )
        assert texts == {f"w{n} reply {i}" for n in range(2) for i in range(1, 1001)}
    print(f"2 x 1000 attempts, one commit each: {elapsed:.1f} s")
