"""`coach history` and `coach rescore` (registered into cli.py's parser by two calls)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from coach.cli_history import ProgressBar, add_history_commands, run_history_command
from coach.store import SqlStore
from coach.store.trainer_auth import failed_attempts, set_passphrase

ROOT = Path(__file__).resolve().parents[2]
API = "test-api-en"  # a scenario of the test content; "outage" is in no content


def run(argv: list[str]) -> int | None:
    parser = argparse.ArgumentParser(prog="coach")
    sub = parser.add_subparsers(dest="command", required=True)
    add_history_commands(sub)
    sub.add_parser("score")
    return run_history_command(parser.parse_args(argv))


TRAINER = "trainer secret"


@pytest.fixture
def database(db_url, make_attempt, monkeypatch):
    with SqlStore(db_url) as store:
        for trainee, scenario in [("Anna", API), ("Anna", "outage"), ("Boris", API)]:
            store.record_attempt(make_attempt(trainee=trainee, scenario_id=scenario))
        set_passphrase(store, TRAINER)
    monkeypatch.setenv("COACH_TRAINER_PASSPHRASE", TRAINER)
    return db_url


@pytest.fixture
def pauses(monkeypatch) -> list[float]:
    """The delays after failed attempts, recorded instead of slept."""
    slept: list[float] = []
    monkeypatch.setattr("coach.store.trainer_auth._pause", slept.append)
    return slept


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_history_needs_a_passphrase_to_be_set(db_url, make_attempt, monkeypatch, capsys):
    with SqlStore(db_url) as store:
        store.record_attempt(make_attempt())
    monkeypatch.setenv("COACH_TRAINER_PASSPHRASE", TRAINER)
    assert run(["history", "--database", db_url, "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "no trainer passphrase is set" in err


def test_history_with_a_wrong_passphrase_exits_2_after_a_delay(
    database, monkeypatch, pauses, capsys
):
    monkeypatch.setenv("COACH_TRAINER_PASSPHRASE", "guess guess")
    assert run(["history", "--database", database, "--json"]) == 2
    assert run(["history", "--database", database, "--csv"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == ["coach: error: wrong trainer passphrase"] * 2
    assert pauses == [1.0, 2.0]  # growing, and counted across runs (in the database)
    monkeypatch.setenv("COACH_TRAINER_PASSPHRASE", TRAINER)
    assert run(["history", "--database", database, "--json"]) == 0
    with SqlStore(database) as store:
        assert failed_attempts(store) == 0


def test_history_reads_the_passphrase_file(database, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("COACH_TRAINER_PASSPHRASE")
    secret = tmp_path / "secret.txt"
    secret.write_text(TRAINER + "\r\n", encoding="utf-8")
    assert run(["history", "--database", database, "--json", "--passphrase-file", str(secret)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_an_unreadable_passphrase_file_is_one_line(database, tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert (
        run(["history", "--database", database, "--json", "--passphrase-file", str(missing)]) == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot read the passphrase file" in err


def test_without_a_terminal_or_a_passphrase_the_export_refuses(database, monkeypatch, capsys):
    monkeypatch.delenv("COACH_TRAINER_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(["history", "--database", database, "--csv"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "--passphrase-file" in err


def test_on_a_terminal_the_export_prompts(database, monkeypatch, capsys):
    monkeypatch.delenv("COACH_TRAINER_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", _Terminal(""))
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return TRAINER

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    assert run(["history", "--database", database, "--json"]) == 0
    assert prompts == ["Trainer passphrase: "]
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_history_csv_to_stdout_with_filters(database, capsys):
    assert run(["history", "--database", database, "--trainee", "Anna", "--csv"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["trainee"], r["scenario_id"]) for r in rows] == [("Anna", API), ("Anna", "outage")]
    assert "2 attempt(s) exported" in err


def test_history_json_to_a_file(database, tmp_path, capsys):
    out_file = tmp_path / "history.json"
    code = run(
        ["history", "--database", database, "--scenario", API, "--json", "--out", str(out_file)]
    )
    assert code == 0
    data = json.loads(out_file.read_text("utf-8"))
    assert sorted(r["trainee"] for r in data) == ["Anna", "Boris"]
    assert capsys.readouterr().out == ""


def test_history_since_a_future_date_is_empty(database, capsys):
    assert run(["history", "--database", database, "--since", "2999-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["history", "--since", "yesterday", "--csv"],
        ["history", "--csv", "--json"],
        ["history"],
        ["rescore", "--workers", "0"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        run(argv)
    assert caught.value.code == 2


def test_other_commands_are_not_ours(tmp_path):
    assert run(["score"]) is None


def test_a_database_problem_exits_1_with_a_message(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    assert run(["history", "--database", str(bad), "--csv"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_rescore_reports_what_it_did(database, tmp_path, capsys):
    rubrics = tmp_path / "rubrics"
    shutil.copytree(ROOT / "coach/data/rubrics", rubrics)
    path = rubrics / "support-en.yaml"
    path.write_text(path.read_text("utf-8").replace("weight: 0.25", "weight: 0.35", 1), "utf-8")
    scenarios = ROOT / "tests" / "data" / "scenarios"
    args = ["rescore", "--database", database, "--content", str(rubrics), str(scenarios)]
    assert run([*args, "--trainee", "Anna"]) == 0
    out, err = capsys.readouterr()
    assert "rescored 1 of 2 attempt(s)" in out
    assert "1 skipped: scenario or rubric no longer in the content" in out
    assert re.search(r"\d+% of sentences were already embedded \(\d+ embedded now\)", out)
    assert "rescoring: 1/1" in err  # not a terminal: plain progress lines
    assert run(args) == 0
    out, err = capsys.readouterr()
    assert "rescored 1 of 3 attempt(s)" in out  # Boris's; Anna's is done
    assert "1 already rescored with the current content" in out


def test_progress_bar_on_a_terminal_draws_one_line():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    bar = ProgressBar(out)
    bar.update(0, 4)
    bar.update(4, 4)
    bar.finish()
    text = out.getvalue()
    assert text.startswith("\rrescoring [")
    assert "4/4" in text
    assert text.endswith("\n")
