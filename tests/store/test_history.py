"""History: filters, paging, ordering, and CSV/JSON export content."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest

from coach.store import HistoryFilter, Order

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(store, make_attempt):
    """Anna: 3 attempts on api (days 0, 1, 2) and 1 on outage (day 3); Boris: 2 on api."""
    rows = [
        ("Anna", "api", 0),
        ("Anna", "api", 1),
        ("Anna", "api", 2),
        ("Anna", "outage", 3),
        ("Boris", "api", 1.5),
        ("Boris", "api", 4),
    ]
    ids = {}
    for n, (trainee, scenario, day) in enumerate(rows):
        ids[n] = store.record_attempt(
            make_attempt(trainee=trainee, scenario_id=scenario, text=f"reply {n}"),
            created_at=T0 + timedelta(days=day),
        )
    return store, ids


def test_filters_and_counts(filled):
    store, ids = filled
    cases = [
        (HistoryFilter(), [5, 3, 2, 4, 1, 0]),
        (HistoryFilter(trainee="Anna"), [3, 2, 1, 0]),
        (HistoryFilter(trainee=" Anna "), [3, 2, 1, 0]),
        (HistoryFilter(scenario_id="api"), [5, 2, 4, 1, 0]),
        (HistoryFilter(trainee="Anna", scenario_id="api"), [2, 1, 0]),
        (HistoryFilter(since=T0 + timedelta(days=1.5)), [5, 3, 2, 4]),
        (HistoryFilter(since=T0 + timedelta(days=1), until=T0 + timedelta(days=2)), [4, 1]),
        (HistoryFilter(trainee="Nobody"), []),
        (HistoryFilter(scenario_ids=frozenset({"outage", "elsewhere"})), [3]),
        (HistoryFilter(trainee="Boris", scenario_ids=frozenset({"api", "outage"})), [5, 4]),
        (HistoryFilter(scenario_ids=frozenset()), []),
    ]
    for filters, expected in cases:
        assert [s.id for s in store.attempts_page(filters)] == [ids[n] for n in expected], filters
        assert store.count_attempts(filters) == len(expected), filters


def test_pages_are_stable_and_cover_everything_once(filled):
    store, ids = filled
    pages = [
        store.attempts_page(HistoryFilter(), offset, 2, Order.OLDEST) for offset in (0, 2, 4, 6)
    ]
    assert [[s.id for s in page] for page in pages] == [
        [ids[0], ids[1]],
        [ids[4], ids[2]],
        [ids[3], ids[5]],
        [],
    ]


def test_summaries_carry_trainee_scenario_turn_and_time(filled, report):
    store, ids = filled
    (latest,) = store.attempts_page(HistoryFilter(trainee="Boris"), limit=1)
    assert (latest.id, latest.trainee, latest.scenario_id, latest.turn) == (
        ids[5],
        "Boris",
        "api",
        1,
    )
    assert latest.created_at == T0 + timedelta(days=4)
    assert latest.dimensions == report.dimensions


def test_csv_export(filled, report):
    store, ids = filled
    store.add_review(ids[1], "Kim", 'Good, but "warmer", please', {"tone": 91, "overall": 88})
    out = io.StringIO()
    count = store.export_csv(out, HistoryFilter(trainee="Anna", scenario_id="api"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows) == 3
    dims = list(report.dimensions)
    header = list(rows[0])
    assert header[:10] == [
        "id",
        "created_at",
        "trainee",
        "scenario_id",
        "turn",
        "rubric_id",
        "language",
        "overall",
        "effective_overall",
        "band",
    ]
    assert header[10:18] == [c for d in dims for c in (d, f"{d}_effective")]
    assert [int(r["id"]) for r in rows] == [ids[0], ids[1], ids[2]]  # oldest first
    reviewed = rows[1]
    assert reviewed["created_at"] == "2026-03-02T12:00:00+00:00"
    assert reviewed["trainee"] == "Anna"
    assert float(reviewed["overall"]) == pytest.approx(report.overall)
    assert float(reviewed["effective_overall"]) == 88
    assert float(reviewed["tone"]) == pytest.approx(report.dimensions["tone"])
    assert float(reviewed["tone_effective"]) == 91
    assert reviewed["reviews"] == "1"
    assert reviewed["latest_comment"] == 'Good, but "warmer", please'
    assert reviewed["reply_text"] == "reply 1"
    assert reviewed["rescored_overall"] == ""
    assert rows[0]["effective_overall"] == rows[0]["overall"]


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_text(store, make_attempt):
    trainee = '=HYPERLINK("http://evil.example","click")'
    attempt_id = store.record_attempt(make_attempt(trainee=trainee, text="+1 555 0100 call us"))
    store.add_review(attempt_id, "Kim", "-5 for tone, @Anna see the example")
    store.record_attempt(make_attempt(trainee="Anna", text="Hi Daniel, all fixed."))
    out = io.StringIO()
    store.export_csv(out)
    rows = {r["trainee"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    crafted = rows["'" + trainee]
    assert crafted["reply_text"] == "'+1 555 0100 call us"
    assert crafted["latest_comment"] == "'-5 for tone, @Anna see the example"
    assert rows["Anna"]["reply_text"] == "Hi Daniel, all fixed."  # ordinary text untouched
    out = io.StringIO()
    store.export_json(out)  # JSON is for programs: kept exactly as typed
    assert {r["trainee"] for r in json.loads(out.getvalue())} == {trainee, "Anna"}


def test_csv_formulas_after_a_semicolon_tab_or_line_break_are_text(store, make_attempt):
    """A Russian or German Excel splits on ';' and would run the '=1+1' after it."""
    store.record_attempt(make_attempt(trainee="ok;=1+1", text='Hi;=HYPERLINK("x")\n-5 off\tnow'))
    out = io.StringIO()
    store.export_csv(out)
    assert "ok;=1+1" not in out.getvalue()
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["trainee"] == "ok;'=1+1"
    assert row["reply_text"] == "Hi;'=HYPERLINK(\"x\")\n'-5 off\tnow"
    for line in out.getvalue().splitlines():  # whatever a reader splits on, no cell runs
        for separator in (";", "\t", ","):
            for cell in line.split(separator):
                assert not cell.lstrip(' "').startswith(("=", "+", "-", "@")), (cell, line)


def test_every_text_column_is_escaped_including_band(store, make_attempt, report):
    from dataclasses import replace

    crafted = replace(
        report,
        band="=cmd|' /C calc'!A0",
        spelling_backend="@SUM(1)",
        dimensions={"=tone": 50.0, **report.dimensions},
    )
    store.record_attempt(make_attempt(scenario_id="+scenario", the_report=crafted))
    out = io.StringIO()
    store.export_csv(out)
    header, values = list(csv.reader(io.StringIO(out.getvalue())))
    row = dict(zip(header, values, strict=True))
    assert row["band"] == "'=cmd|' /C calc'!A0"
    assert row["spelling_backend"] == "'@SUM(1)"
    assert row["scenario_id"] == "'+scenario"
    assert "'=tone" in header
    assert "'=tone_effective" in header
    assert not [c for c in header + values if c.startswith(("=", "+", "-", "@"))]


def test_json_export(filled, report):
    store, ids = filled
    store.add_review(ids[4], "Kim", "ok", {"clarity": 12})
    out = io.StringIO()
    count = store.export_json(out, HistoryFilter(trainee="Boris"))
    data = json.loads(out.getvalue())
    assert count == len(data) == 2
    first = data[0]
    assert first["id"] == ids[4]
    assert first["trainee"] == "Boris"
    assert first["created_at"] == "2026-03-03T00:00:00+00:00"
    assert first["dimensions"] == report.dimensions
    assert first["effective_dimensions"] == {**report.dimensions, "clarity": 12}
    assert first["findings"] == json.loads(report.to_json())["findings"]
    assert [r["comment"] for r in first["reviews"]] == ["ok"]
    assert first["reviews"][0]["overrides"] == {"clarity": 12}
    assert all(first[key] for key in ("app_version", "scenario_hash", "rubric_hash"))


def test_empty_exports_are_valid(store):
    out = io.StringIO()
    assert store.export_json(out) == 0
    assert json.loads(out.getvalue()) == []
    out = io.StringIO()
    assert store.export_csv(out) == 0
    assert out.getvalue().startswith("id,created_at,trainee")


def test_naive_datetimes_are_local_time(filled):
    store, ids = filled
    local_since = (T0 + timedelta(days=3)).astimezone().replace(tzinfo=None)
    assert [s.id for s in store.attempts_page(HistoryFilter(since=local_since))] == [
        ids[5],
        ids[3],
    ]
