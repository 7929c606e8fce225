"""`submit_attempt`: every submit ends stored, parked or kept aside, and says which."""

from __future__ import annotations

import json

from coach.store import StoreError, park_attempt, pending_files
from coach.store.submission import Kept, submit_attempt


def _parked_replies(folder):
    return [
        json.loads(p.read_text("utf-8"))["attempt"]["reply_text"] for p in pending_files(folder)
    ]


def test_a_stored_submit_also_replays_what_was_parked_before(store, make_attempt, tmp_path):
    folder = tmp_path / "pending"
    park_attempt(make_attempt(text="parked yesterday"), folder)
    submission = submit_attempt(store, make_attempt(text="today"), pending=folder)
    assert submission.kept is Kept.STORED
    assert submission.error is None
    assert submission.replay is not None
    assert submission.replay.recorded == 1
    assert pending_files(folder) == []
    assert store.count_attempts() == 2


def test_no_open_store_parks_the_attempt_with_the_reason(make_attempt, tmp_path):
    folder = tmp_path / "pending"
    submission = submit_attempt(
        None,
        make_attempt(text="typed offline"),
        unavailable=StoreError("server down"),
        pending=folder,
    )
    assert submission.kept is Kept.PARKED
    assert str(submission.error) == "server down"
    assert submission.path in pending_files(folder)
    assert _parked_replies(folder) == ["typed offline"]


def test_a_store_that_is_still_opening_parks_the_attempt(make_attempt, tmp_path):
    submission = submit_attempt(None, make_attempt(), pending=tmp_path / "pending")
    assert submission.kept is Kept.PARKED
    assert "not open yet" in str(submission.error)


def test_an_unavailable_database_parks_the_attempt(make_attempt, tmp_path):
    class Locked:
        def record_attempt(self, attempt, *, token=None, created_at=None):
            raise StoreError("locked by another program")

    folder = tmp_path / "pending"
    submission = submit_attempt(Locked(), make_attempt(text="kept"), pending=folder)
    assert submission.kept is Kept.PARKED
    assert "locked" in str(submission.error)
    assert _parked_replies(folder) == ["kept"]


def test_an_attempt_the_store_refuses_is_kept_aside_not_parked(store, make_attempt, tmp_path):
    folder = tmp_path / "pending"
    submission = submit_attempt(store, make_attempt(trainee=" ", text="mine"), pending=folder)
    assert submission.kept is Kept.REJECTED
    assert str(submission.error) == "a trainee name is needed"
    assert pending_files(folder) == []  # never replayed, so it never blocks the others
    assert submission.path.parent == tmp_path / "rejected-attempts"
    assert '"mine"' in submission.path.read_text("utf-8")
    assert store.count_attempts() == 0


def test_when_even_parking_fails_the_caller_holds_the_only_copy(make_attempt, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    submission = submit_attempt(
        None, make_attempt(), unavailable=StoreError("server down."), pending=blocker / "pending"
    )
    assert submission.kept is Kept.UNSAVED
    assert "server down." in str(submission.error)
    assert "copy your reply somewhere safe" in str(submission.error)
