"""Migrations: fresh databases match schema.py, old ones upgrade in place, newer ones are refused."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from coach.store import SqlStore, StoreError
from coach.store.engine import Database
from coach.store.migrations import current_revision, head_revision, known_revisions, upgrade
from coach.store.schema import metadata


def test_a_fresh_database_is_at_head_and_matches_schema_py(db_url):
    with SqlStore(db_url) as store:
        assert store.db.read(current_revision) == head_revision()
        differences = store.db.read(
            lambda conn: compare_metadata(MigrationContext.configure(conn), metadata)
        )
        assert differences == []


def test_revisions_are_a_single_line_starting_at_0001():
    assert known_revisions()[0] == "0001"
    assert len(known_revisions()) >= 2


def _insert_0001_rows(conn) -> None:
    """Rows as the first schema wrote them (no later columns or tables)."""
    conn.execute(
        text("INSERT INTO trainees (id, name, created_at) VALUES (1, 'Anna', :t)"),
        {"t": datetime(2026, 1, 5, 9, 30)},
    )
    conn.execute(
        text(
            "INSERT INTO attempts (id, trainee_id, scenario_id, scenario_hash, rubric_id, "
            "rubric_hash, turn, language, overall, band, spelling_backend, app_version, "
            "created_at) VALUES (7, 1, 'api-params-vip-en', 's0', 'support-en', 'r0', 1, "
            "'en', 61.5, 'Needs work', 'offline', '0.0.9', :t)"
        ),
        {"t": datetime(2026, 1, 5, 9, 31)},
    )
    conn.execute(
        text(
            "INSERT INTO attempt_details (attempt_id, reply_text, findings) "
            "VALUES (7, 'Old reply', '[]')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO attempt_scores (attempt_id, dimension, position, score) VALUES "
            "(7, 'empathy', 0, 50), (7, 'clarity', 1, 70), (7, 'tone', 2, 60), "
            "(7, 'resolution', 3, 65)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO reviews (attempt_id, reviewer, comment, overrides, overall_override, "
            "created_at) VALUES (7, 'Trainer', 'Fine', '{\"tone\": 80}', NULL, :t)"
        ),
        {"t": datetime(2026, 1, 6, 10, 0)},
    )


def test_opening_an_older_database_upgrades_it_and_keeps_its_rows(db_url):
    db = Database(db_url)
    try:
        upgrade(db, "0001")
        assert db.read(current_revision) == "0001"
        db.write(_insert_0001_rows)
        assert "rescores" not in db.read(lambda c: inspect(c).get_table_names())
    finally:
        db.close()

    with SqlStore(db_url) as store:
        assert store.db.read(current_revision) == head_revision()
        tables = store.db.read(lambda c: inspect(c).get_table_names())
        indexes = store.db.read(lambda c: [i["name"] for i in inspect(c).get_indexes("attempts")])
        assert "rescores" in tables
        assert "ix_attempts_created_at" in indexes
        old = store.attempt(7)
        assert old is not None
        assert (old.trainee, old.reply_text, old.overall) == ("Anna", "Old reply", 61.5)
        assert old.dimensions == {"empathy": 50, "clarity": 70, "tone": 60, "resolution": 65}
        assert old.effective_dimensions["tone"] == 80
        assert old.created_at.isoformat() == "2026-01-05T09:31:00+00:00"
        assert [s.id for s in store.attempts_page()] == [7]


def test_a_database_from_a_newer_app_is_refused_and_left_unchanged(db_url, make_attempt):
    with SqlStore(db_url) as store:
        store.record_attempt(make_attempt())
        store.db.write(lambda c: c.execute(text("UPDATE alembic_version SET version_num='0099'")))
    with pytest.raises(StoreError, match=r"made by a newer version of Reply Coach.*'0099'"):
        SqlStore(db_url)
    db = Database(db_url)
    try:
        assert db.read(current_revision) == "0099"
        assert db.read(lambda c: c.execute(text("SELECT count(*) FROM attempts")).scalar()) == 1
    finally:
        db.close()


def test_tables_of_ours_without_a_version_are_not_touched(sqlite_url):
    db = Database(sqlite_url)
    try:
        db.write(lambda c: c.execute(text("CREATE TABLE attempts (x INTEGER)")))
    finally:
        db.close()
    with pytest.raises(StoreError, match="no schema version; it was left unchanged"):
        SqlStore(sqlite_url)


def test_two_instances_creating_the_same_database_at_once_both_succeed(db_url):
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def open_store() -> None:
        barrier.wait()
        try:
            SqlStore(db_url).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with SqlStore(db_url) as store:
        assert store.db.read(current_revision) == head_revision()
