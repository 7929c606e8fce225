"""The trainer passphrase: scrypt with a salt, never stored in clear."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata

import pytest

from coach.errors import UsageError
from coach.store import SqlStore
from coach.store.settings import delete_setting, read_setting, write_setting
from coach.store.trainer_audit import AUDIT_KEY, Concern, Event, read_entries
from coach.store.trainer_auth import (
    MIN_LENGTH,
    _new_record,
    audit_report,
    clear_passphrase,
    failed_attempts,
    has_passphrase,
    set_passphrase,
    unlock,
    verify_passphrase,
)


def test_set_verify_replace_clear(store):
    assert not has_passphrase(store)
    assert not verify_passphrase(store, "anything")
    set_passphrase(store, "correct horse")
    assert has_passphrase(store)
    assert verify_passphrase(store, "correct horse")
    assert not verify_passphrase(store, "correct horse ")
    assert not verify_passphrase(store, "Correct horse")
    set_passphrase(store, "battery staple")
    assert not verify_passphrase(store, "correct horse")
    assert verify_passphrase(store, "battery staple")
    clear_passphrase(store)
    assert not has_passphrase(store)


def test_stored_as_salted_scrypt_only(store):
    set_passphrase(store, "correct horse")
    first = _record(store)
    assert first["algorithm"] == "scrypt"
    assert {"n", "r", "p", "salt", "hash"} <= set(first)
    assert "correct horse" not in json.dumps(first)
    set_passphrase(store, "correct horse")
    second = _record(store)
    assert first["salt"] != second["salt"]
    assert first["hash"] != second["hash"]


def test_unicode_forms_of_the_same_text_match(store):
    set_passphrase(store, unicodedata.normalize("NFD", "пароль-ёжик"))
    assert verify_passphrase(store, unicodedata.normalize("NFC", "пароль-ёжик"))


def test_a_short_passphrase_is_refused(store):
    with pytest.raises(UsageError, match=f"at least {MIN_LENGTH} characters"):
        set_passphrase(store, "x" * (MIN_LENGTH - 1))


def test_the_gui_uses_the_same_minimum_length():
    from coach.gui.trainer import auth_dialog

    assert auth_dialog.MIN_LENGTH is MIN_LENGTH == 8


def test_scrypt_cost_is_at_least_owasps(store):
    set_passphrase(store, "correct horse")
    record = _record(store)
    assert record["n"] >= 2**17
    assert (record["r"], record["p"]) == (8, 1)


def test_older_parameters_still_verify_and_are_upgraded_on_unlock(store):
    salt = os.urandom(16)
    legacy = {  # what the app wrote before: N=2**14, a 32-byte hash, no version
        "algorithm": "scrypt",
        "n": 2**14,
        "r": 8,
        "p": 1,
        "salt": salt.hex(),
        "hash": hashlib.scrypt(b"old secret", salt=salt, n=2**14, r=8, p=1, dklen=32).hex(),
    }
    store.db.write(lambda c: write_setting(c, "trainer_passphrase", json.dumps(legacy)))
    assert verify_passphrase(store, "old secret")
    result = unlock(store, "old secret", sleep=lambda s: None)
    assert result is not None
    assert result.upgraded
    assert result.audit.warnings == []
    assert _record(store)["n"] == 2**17
    assert verify_passphrase(store, "old secret")
    again = unlock(store, "old secret", sleep=lambda s: None)
    assert again is not None
    assert not again.upgraded
    assert again.audit.warnings == []
    assert [c.event for c in again.audit.changes] == [Event.UPGRADED]


def test_failed_attempts_are_delayed_more_and_more_until_a_success(store):
    set_passphrase(store, "correct horse")
    slept: list[float] = []
    for _ in range(8):
        assert unlock(store, "wrong horse", sleep=slept.append) is None
    assert slept == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    assert failed_attempts(store) == 8
    assert unlock(store, "correct horse", sleep=slept.append) is not None
    assert failed_attempts(store) == 0
    assert len(slept) == 8


def test_a_tampered_failure_count_means_the_longest_delay(store):
    set_passphrase(store, "correct horse")
    store.db.write(lambda c: write_setting(c, "trainer_passphrase_failures", "-5x"))
    slept: list[float] = []
    unlock(store, "nope nope", sleep=slept.append)
    assert slept == [30.0]


def test_changes_are_audited_with_who_and_when(store):
    set_passphrase(store, "correct horse", actor="lead trainer")
    set_passphrase(store, "battery staple")
    result = unlock(store, "battery staple", actor="lead trainer", sleep=lambda s: None)
    assert result is not None
    assert result.audit.warnings == []
    assert [c.event for c in result.audit.changes] == [Event.SET, Event.CHANGED]
    first = result.audit.changes[0]
    assert first.actor == "lead trainer"
    assert "@" in first.who
    assert first.when.tzinfo is not None


def test_a_removed_record_is_reported_and_a_new_one_is_a_reset(store):
    set_passphrase(store, "correct horse")
    store.db.write(lambda c: delete_setting(c, "trainer_passphrase"))  # a trainee, in sqlite3
    assert not has_passphrase(store)
    assert audit_report(store).warnings == [Concern.RECORD_REMOVED]
    set_passphrase(store, "trainee's own")
    result = unlock(store, "trainee's own", sleep=lambda s: None)
    assert result is not None
    assert Concern.WAS_RESET in result.audit.warnings
    assert [c.event for c in result.audit.changes] == [Event.SET, Event.RESET]


def test_a_record_replaced_outside_the_app_is_a_warning(store):
    set_passphrase(store, "correct horse")
    forged, _ = _new_record(b"trainee's own")  # written straight into the file
    store.db.write(lambda c: write_setting(c, "trainer_passphrase", json.dumps(forged)))
    assert not verify_passphrase(store, "correct horse")  # the trainer notices, and:
    result = unlock(store, "trainee's own", sleep=lambda s: None)
    assert result is not None
    assert Concern.AUDIT_EDITED in result.audit.warnings


def test_a_record_put_back_over_a_newer_one_is_a_warning(store):
    set_passphrase(store, "correct horse")
    old = store.db.read(lambda c: read_setting(c, "trainer_passphrase"))
    set_passphrase(store, "battery staple")
    store.db.write(lambda c: write_setting(c, "trainer_passphrase", old))
    result = unlock(store, "correct horse", sleep=lambda s: None)
    assert result is not None
    assert result.audit.warnings == [Concern.RECORD_REPLACED]


@pytest.mark.parametrize("how", ["edit", "drop-first", "drop-all"])
def test_an_edited_audit_is_a_warning(store, how):
    set_passphrase(store, "correct horse")
    set_passphrase(store, "battery staple")
    entries = store.db.read(read_entries)
    if how == "edit":
        entries[0]["who"] = "someone else"
    elif how == "drop-first":
        entries = entries[1:]
    else:
        entries = []
    store.db.write(lambda c: write_setting(c, AUDIT_KEY, json.dumps(entries)))
    result = unlock(store, "battery staple", sleep=lambda s: None)
    assert result is not None
    expected = Concern.NO_AUDIT if how == "drop-all" else Concern.AUDIT_EDITED
    assert expected in result.audit.warnings


def _record(store):
    return json.loads(store.db.read(lambda c: read_setting(c, "trainer_passphrase")))


def test_shared_by_everyone_using_the_database(db_url):
    with SqlStore(db_url) as one:
        set_passphrase(one, "team secret")
    with SqlStore(db_url) as other:
        assert verify_passphrase(other, "team secret")
