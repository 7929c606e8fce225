"""The trainer-mode passphrase: scrypt with a random salt, stored in the database settings.

Stored as JSON (algorithm, parameters, salt, hash), so the cost can be raised later
without invalidating passphrases already set: verification reads the parameters back.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from typing import TYPE_CHECKING, Any, Final

from coach.errors import UsageError
from coach.store.settings import delete_setting, read_setting, write_setting

if TYPE_CHECKING:
    from coach.store.sql_store import SqlStore

SETTING_KEY: Final = "trainer_passphrase"
# OWASP's scrypt baseline: N=2**17 would cost 128 MiB per check; 2**14 (16 MiB, ~50 ms)
# is plenty for an unlock prompt on a shared training PC, and is stored with the hash.
SCRYPT_N: Final = 2**14
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
SALT_BYTES: Final = 16
KEY_BYTES: Final = 32
MIN_LENGTH: Final = 6


def set_passphrase(store: SqlStore, passphrase: str) -> None:
    """Set (or replace) the trainer passphrase."""
    secret = _normalise(passphrase)
    if len(secret) < MIN_LENGTH:
        raise UsageError(f"the trainer passphrase needs at least {MIN_LENGTH} characters")
    salt = os.urandom(SALT_BYTES)
    record = {
        "algorithm": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES).hex(),
    }
    store.db.write(lambda conn: write_setting(conn, SETTING_KEY, json.dumps(record)))


def verify_passphrase(store: SqlStore, passphrase: str) -> bool:
    """True when `passphrase` is the one set; False when it differs or none is set."""
    stored = store.db.read(lambda conn: read_setting(conn, SETTING_KEY))
    if stored is None:
        return False
    record: dict[str, Any] = json.loads(stored)
    expected = bytes.fromhex(record["hash"])
    actual = _derive(
        _normalise(passphrase),
        bytes.fromhex(record["salt"]),
        int(record["n"]),
        int(record["r"]),
        int(record["p"]),
        len(expected),
    )
    return hmac.compare_digest(actual, expected)


def has_passphrase(store: SqlStore) -> bool:
    return store.db.read(lambda conn: read_setting(conn, SETTING_KEY)) is not None


def clear_passphrase(store: SqlStore) -> None:
    store.db.write(lambda conn: delete_setting(conn, SETTING_KEY))


def _normalise(passphrase: str) -> bytes:
    # The same letters typed on another keyboard layout or OS must still match.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=length, maxmem=128 * n * r * 2)
