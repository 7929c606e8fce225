"""The trainer passphrase: scrypt with a salt, never stored in clear."""

from __future__ import annotations

import json
import unicodedata

import pytest
from sqlalchemy import select

from coach.errors import UsageError
from coach.store import SqlStore
from coach.store.schema import settings
from coach.store.trainer_auth import (
    clear_passphrase,
    has_passphrase,
    set_passphrase,
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
    first = json.loads(store.db.read(lambda c: c.execute(select(settings.c.value)).scalar_one()))
    assert first["algorithm"] == "scrypt"
    assert {"n", "r", "p", "salt", "hash"} <= set(first)
    assert "correct horse" not in json.dumps(first)
    set_passphrase(store, "correct horse")
    second = json.loads(store.db.read(lambda c: c.execute(select(settings.c.value)).scalar_one()))
    assert first["salt"] != second["salt"]
    assert first["hash"] != second["hash"]


def test_unicode_forms_of_the_same_text_match(store):
    set_passphrase(store, unicodedata.normalize("NFD", "пароль-ёжик"))
    assert verify_passphrase(store, unicodedata.normalize("NFC", "пароль-ёжик"))


def test_a_short_passphrase_is_refused(store):
    with pytest.raises(UsageError, match="at least 6 characters"):
        set_passphrase(store, "12345")


def test_shared_by_everyone_using_the_database(db_url):
    with SqlStore(db_url) as one:
        set_passphrase(one, "team secret")
    with SqlStore(db_url) as other:
        assert verify_passphrase(other, "team secret")
