"""`submit_attempt`: every submit ends stored, parked or kept aside, and says which."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from coach.store import SqlStore, StoreError, park_attempt, pending_files
from coach.store.pending import flush_pending
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


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A real 1 MB file system (tmpfs), so the disk is full the way the OS says it."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.slow
def test_a_disk_that_fills_up_parks_every_later_attempt_and_loses_none(
    small_disk, make_attempt, tmp_path
):
    url = f"sqlite:///{small_disk / 'history.db'}"
    folder = tmp_path / "pending"  # the local data folder, on another disk
    kept: list[Kept] = []
    with SqlStore(url) as store:
        for number in range(300):
            submission = submit_attempt(
                store, make_attempt(text=f"reply {number} " + "x" * 2000), pending=folder
            )
            kept.append(submission.kept)
            if submission.kept is Kept.PARKED:
                assert "is full" in str(submission.error)
        stored = store.count_attempts()
    assert set(kept) == {Kept.STORED, Kept.PARKED}  # both: the disk did fill up
    assert kept.count(Kept.STORED) == stored
    assert not list(folder.glob("*.tmp"))

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    with SqlStore(url) as store:
        assert store.db.read(lambda c: c.execute(text("PRAGMA integrity_check")).scalar()) == "ok"
        replay = flush_pending(store, folder)
        assert (replay.recorded, replay.remaining, replay.damaged) == (
            kept.count(Kept.PARKED),
            0,
            0,
        )
        assert store.count_attempts() == 300


def test_when_the_pending_folder_is_on_the_full_disk_too_the_window_keeps_the_text(
    small_disk, make_attempt
):
    url = f"sqlite:///{small_disk / 'history.db'}"
    with SqlStore(url) as store:
        submissions = [
            submit_attempt(store, make_attempt(text="y" * 4000), pending=small_disk / "pending")
            for _ in range(300)
        ]
    unsaved = [s for s in submissions if s.kept is Kept.UNSAVED]
    assert unsaved, "the disk never filled up"
    assert {s.kept for s in submissions} <= {Kept.STORED, Kept.PARKED, Kept.UNSAVED}
    assert "copy your reply somewhere safe" in str(unsaved[0].error)
    assert not list((small_disk / "pending").glob("*.tmp"))
