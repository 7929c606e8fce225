"""Parked attempts: kept on disk when the database fails, replayed once, never lost."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from coach.store import (
    SqlStore,
    StoreError,
    flush_pending,
    new_token,
    park_attempt,
    pending_files,
)


def test_a_parked_attempt_is_replayed_with_its_original_time(store, make_attempt, tmp_path):
    folder = tmp_path / "pending"
    attempt = make_attempt(text="written while the server was down", time_to_submit_ms=5000)
    path = park_attempt(attempt, folder)
    assert pending_files(folder) == [path]
    parked_at = datetime.fromisoformat(path.read_text("utf-8").split('"submitted_at": "')[1][:32])

    result = flush_pending(store, folder)
    assert (result.recorded, result.remaining, result.damaged) == (1, 0, 0)
    assert pending_files(folder) == []
    (summary,) = store.attempts_page()
    stored = store.attempt(summary.id)
    assert stored.reply_text == attempt.reply_text
    assert stored.dimensions == attempt.report.dimensions
    assert stored.time_to_submit_ms == 5000
    assert stored.created_at == parked_at


def test_replaying_the_same_file_twice_records_it_once(store, make_attempt, tmp_path):
    """A crash after the commit but before the file is removed must not duplicate it."""
    folder = tmp_path / "pending"
    path = park_attempt(make_attempt(), folder)
    backup = tmp_path / "copy.json"
    shutil.copy(path, backup)
    flush_pending(store, folder)
    shutil.copy(backup, path)  # as if the removal never happened
    result = flush_pending(store, folder)
    assert result.recorded == 1
    assert store.count_attempts() == 1
    assert pending_files(folder) == []


def test_replay_keeps_order_and_stops_at_a_database_error(make_attempt, tmp_path):
    folder = tmp_path / "pending"
    for n in range(3):
        park_attempt(make_attempt(text=f"reply {n}"), folder)

    class Down:
        def record_attempt(self, attempt, *, token=None, created_at=None):
            raise StoreError("server down")

    result = flush_pending(Down(), folder)
    assert (result.recorded, result.remaining) == (0, 3)
    assert isinstance(result.error, StoreError)
    assert len(pending_files(folder)) == 3

    with SqlStore(str(tmp_path / "db.sqlite3")) as store:
        assert flush_pending(store, folder).recorded == 3
        texts = [s.id for s in store.attempts_page(limit=10)]
        assert [store.attempt(i).reply_text for i in reversed(texts)] == [
            "reply 0",
            "reply 1",
            "reply 2",
        ]


def test_a_damaged_file_is_kept_aside_not_deleted(store, make_attempt, tmp_path):
    folder = tmp_path / "pending"
    good = park_attempt(make_attempt(), folder)
    bad = folder / ("0" + good.name)
    bad.write_text("{not json", "utf-8")
    result = flush_pending(store, folder)
    assert (result.recorded, result.damaged) == (1, 1)
    assert (folder / (bad.name + ".damaged")).read_text("utf-8") == "{not json"


def test_the_default_folder_is_in_the_user_data_dir(make_attempt, tmp_path):
    path = park_attempt(make_attempt())
    assert path.parent == tmp_path / "user-data" / "pending-attempts"


def test_parking_where_nothing_can_be_written_says_so(make_attempt, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    with pytest.raises(StoreError, match="copy your reply somewhere safe"):
        park_attempt(make_attempt(), blocker / "pending")


def test_a_commit_of_unknown_outcome_is_not_recorded_twice(store, make_attempt, tmp_path):
    """The documented submit: one token for the try and the parked copy."""
    attempt = make_attempt()
    token = new_token()
    store.record_attempt(attempt, token=token)  # it did commit; the caller saw an error
    park_attempt(attempt, tmp_path / "pending", token=token)
    assert flush_pending(store, tmp_path / "pending").recorded == 1
    assert store.count_attempts() == 1


def test_a_refused_parked_attempt_is_moved_aside_and_the_rest_are_recorded(
    store, make_attempt, tmp_path
):
    """One attempt the store refuses must not block the queue (or raise) at every start."""
    folder = tmp_path / "pending"
    park_attempt(make_attempt(text="before"), folder)
    refused = park_attempt(make_attempt(trainee="   ", text="no name"), folder)
    park_attempt(make_attempt(text="after"), folder)

    result = flush_pending(store, folder)

    assert (result.recorded, result.rejected, result.remaining, result.error) == (2, 1, 0, None)
    assert result.rejected_dir == tmp_path / "rejected-attempts"
    assert result.reasons == ("a trainee name is needed",)
    assert pending_files(folder) == []
    kept = result.rejected_dir / refused.name
    assert '"no name"' in kept.read_text("utf-8")  # the reply itself, untouched
    reason = kept.with_name(kept.name + ".reason.txt")
    assert reason.read_text("utf-8") == "a trainee name is needed\n"
    replies = [store.attempt(s.id).reply_text for s in store.attempts_page()]
    assert sorted(replies) == ["after", "before"]
    assert flush_pending(store, folder).rejected == 0  # not retried at the next start


def test_a_parked_reply_with_a_nul_is_recorded_not_left_blocking(store, make_attempt, tmp_path):
    """PostgreSQL refused NUL, and the refusal stopped every later replay, silently."""
    folder = tmp_path / "pending"
    park_attempt(make_attempt(text="pasted\x00 from a PDF"), folder)
    park_attempt(make_attempt(text="the next one"), folder)
    result = flush_pending(store, folder)
    assert (result.recorded, result.rejected, result.remaining) == (2, 0, 0)
    replies = {store.attempt(s.id).reply_text for s in store.attempts_page()}
    assert replies == {"pasted\ufffd from a PDF", "the next one"}


def test_a_value_the_database_refuses_is_moved_aside_too(make_attempt, tmp_path):
    from coach.store.errors import RefusedError

    folder = tmp_path / "pending"
    park_attempt(make_attempt(text="too long for the server"), folder)
    park_attempt(make_attempt(text="fine"), folder)
    recorded = []

    class Picky:
        def record_attempt(self, attempt, *, token=None, created_at=None):
            if attempt.reply_text != "fine":
                raise RefusedError("value too long for type character varying(200)")
            recorded.append(attempt.reply_text)

    result = flush_pending(Picky(), folder)
    assert (result.recorded, result.rejected) == (1, 1)
    assert recorded == ["fine"]
    assert "character varying" in result.reasons[0]


@pytest.mark.parametrize("failing", ["json.dump", "os.fsync", "os.replace"])
def test_parking_on_a_full_disk_leaves_no_temporary_file(
    make_attempt, tmp_path, monkeypatch, failing
):
    import errno

    from coach.store import pending

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    module, name = failing.split(".")
    monkeypatch.setattr(getattr(pending, module), name, full)
    folder = tmp_path / "pending"
    with pytest.raises(StoreError, match="No space left on device"):
        park_attempt(make_attempt(), folder)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []


def test_a_file_another_replay_took_is_not_called_damaged(
    store, make_attempt, tmp_path, monkeypatch
):
    from coach.store import pending

    folder = tmp_path / "pending"
    path = park_attempt(make_attempt(), folder)
    real_load = pending._load

    def taken(p):  # another window replayed and removed it after we listed the folder
        if p == path:
            p.unlink()
        return real_load(p)

    monkeypatch.setattr(pending, "_load", taken)
    result = flush_pending(store, folder)
    assert (result.recorded, result.damaged) == (0, 0)
    assert list(folder.iterdir()) == []
