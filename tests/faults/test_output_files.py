"""Item 3: `--out` never destroys an input, the database, or an existing output."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from coach.atomic_output import atomic_output
from coach.errors import UsageError


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _batch(tmp_path, lines=("Hello, thanks for writing.",)):
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": t, "lang": "en"}) + "\n" for i, t in enumerate(lines)),
        encoding="utf-8",
    )
    return path


def test_batch_output_onto_its_input_is_refused_and_the_input_kept(cli, tmp_path):
    batch = _batch(tmp_path)
    before = batch.read_bytes()
    code, _out, err = cli(["score", "--batch", str(batch), "--out", str(batch)])
    assert code == 2
    assert "batch input" in err
    assert len(err.strip().splitlines()) == 1
    assert batch.read_bytes() == before


def test_batch_output_onto_its_input_by_another_name_is_refused(cli, tmp_path):
    batch = _batch(tmp_path)
    os.link(batch, tmp_path / "hard-link.jsonl")
    (tmp_path / "sub").mkdir()
    before = batch.read_bytes()
    for out in (tmp_path / "hard-link.jsonl", tmp_path / "sub" / ".." / "in.jsonl"):
        code, _, _err = cli(["score", "--batch", str(batch), "--out", str(out)])
        assert code == 2, out
        assert batch.read_bytes() == before


def test_a_failed_batch_leaves_an_existing_output_as_it_was(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("yesterday's results\n", encoding="utf-8")
    code, _, err = cli(["score", "--batch", str(tmp_path / "missing.jsonl"), "--out", str(out)])
    assert code == 2
    assert "cannot read" in err
    assert out.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary left


def test_a_batch_that_dies_midway_leaves_the_old_output(cli, tmp_path, monkeypatch):
    batch = _batch(tmp_path, ["Hello.", "Thanks."])
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("coach.cli.settle_for_bulk_scoring", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cli(["score", "--batch", str(batch), "--out", str(out)])
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_a_good_batch_replaces_the_output_keeping_its_mode(cli, tmp_path):
    batch = _batch(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o644)
    code, _, _ = cli(["score", "--batch", str(batch), "--out", str(out)])
    assert code == 0
    assert [row["id"] for row in read_jsonl(out)] == [0]
    assert out.stat().st_mode & 0o777 == 0o644


def test_atomic_output_to_a_device_writes_in_place():
    with atomic_output(os.devnull) as handle:  # renaming over /dev/null would replace it
        handle.write("dropped\n")
    assert os.path.exists(os.devnull)
    assert not os.path.isfile(os.devnull)


def test_atomic_output_in_a_missing_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot write"), atomic_output(tmp_path / "no" / "x"):
        pass


@pytest.fixture
def database(tmp_path, monkeypatch):
    from coach.store import SqlStore
    from coach.store.trainer_auth import set_passphrase

    path = tmp_path / "history.sqlite"
    with SqlStore(str(path)) as store:
        set_passphrase(store, "trainer secret")
    monkeypatch.delenv("COACH_DATABASE_URL", raising=False)
    monkeypatch.setenv("COACH_TRAINER_PASSPHRASE", "trainer secret")
    return path


@pytest.mark.parametrize("how", ["same", "link", "wal"])
def test_history_export_onto_the_database_is_refused(cli, database, how):
    target = database
    if how == "link":
        target = database.parent / "link.sqlite"
        target.symlink_to(database)
    elif how == "wal":
        target = database.with_name(database.name + "-wal")
    before = database.read_bytes()
    code, _, err = cli(["history", "--json", "--database", str(database), "--out", str(target)])
    assert code == 2
    assert "history database" in err
    assert database.read_bytes() == before
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_history_export_to_a_new_file_works(cli, database, tmp_path):
    out = tmp_path / "export.csv"
    code, _, err = cli(["history", "--csv", "--database", str(database), "--out", str(out)])
    assert code == 0, err
    assert out.read_text(encoding="utf-8").startswith("attempt_id") or out.stat().st_size > 0
