"""The trainer-mode passphrase: scrypt with a random salt, stored in the database settings.

Stored as JSON (algorithm, parameters, salt, hash), so the cost can be raised later
without invalidating passphrases already set: verification reads the parameters back, and
a record with older parameters is re-hashed with today's on the next successful unlock.

One scrypt call yields 64 bytes: the first half is the stored verifier, the second half is
a key that is never stored. That key signs (HMAC) the audit entries of the passphrase
(`coach.store.trainer_audit`), so a record deleted or replaced outside the app, by someone
who does not know the passphrase, shows up as a warning to the trainer.

Failed attempts are counted in the database and each one is followed by a growing delay
(`failure_delay`), so guessing from the CLI or the app costs time even across restarts.
The delay sleeps in the calling thread: the GUI calls `unlock` off the UI thread.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from coach.errors import UsageError
from coach.store import trainer_audit
from coach.store.settings import delete_setting, read_setting, write_setting

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from coach.store.sql_store import SqlStore

SETTING_KEY: Final = "trainer_passphrase"
FAILURES_KEY: Final = "trainer_passphrase_failures"
# OWASP's scrypt minimum: N=2**17, r=8, p=1 (128 MiB and ~0.3 s per check). An unlock
# prompt can afford that; an attacker with a copy of the hash pays it per guess.
SCRYPT_N: Final = 2**17
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
SALT_BYTES: Final = 16
KEY_BYTES: Final = 32
RECORD_VERSION: Final = 2
# The one minimum length, for the GUI's first-use dialog and for `set_passphrase`.
MIN_LENGTH: Final = 8
# Seconds to wait after the 1st, 2nd, ... consecutive failed attempt (the last repeats).
FAILURE_DELAYS: Final = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


NOT_SET: Final = (
    "no trainer passphrase is set on this database: set one in the app (Trainer mode) "
    "before exporting trainees' history"
)


class PassphraseNotSetError(UsageError):
    """Trainer-only work was asked for on a database that has no trainer passphrase."""


@dataclass(frozen=True)
class Unlock:
    """A successful unlock: what the trainer should see about the passphrase's history."""

    audit: trainer_audit.AuditReport
    upgraded: bool


def set_passphrase(store: SqlStore, passphrase: str, *, actor: str | None = None) -> None:
    """Set (or replace) the trainer passphrase; the change is written to the audit."""
    secret = _normalise(passphrase)
    if len(passphrase) < MIN_LENGTH:
        raise UsageError(f"the trainer passphrase needs at least {MIN_LENGTH} characters")
    record, key = _new_record(secret)

    def write(conn: Connection) -> None:
        previous = read_setting(conn, SETTING_KEY)
        entries = trainer_audit.read_entries(conn)
        if previous is not None:
            event = trainer_audit.Event.CHANGED
        elif entries:
            event = trainer_audit.Event.RESET  # a record had been set, and is gone
        else:
            event = trainer_audit.Event.SET
        text = json.dumps(record)
        write_setting(conn, SETTING_KEY, text)
        write_setting(conn, FAILURES_KEY, "0")
        trainer_audit.append(conn, entries, event, text, key, actor)

    store.db.write(write)


def verify_passphrase(store: SqlStore, passphrase: str) -> bool:
    """True when `passphrase` is the one set; False when it differs or none is set.

    No delay and no audit: `unlock` is what a prompt calls.
    """
    stored = store.db.read(lambda conn: read_setting(conn, SETTING_KEY))
    return stored is not None and _check(stored, passphrase) is not None


def unlock(
    store: SqlStore,
    passphrase: str,
    *,
    actor: str | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Unlock | None:
    """Check the passphrase as a prompt does; None when it is wrong or none is set.

    A failure is counted in the database and followed by `failure_delay(count)` seconds
    of `sleep`. A success resets the count, re-hashes a record with older parameters,
    appends an "unlocked" audit entry signed with the passphrase's key, and returns what
    the audit says (warnings when the record or the audit was changed outside the app).
    """
    stored = store.db.read(lambda conn: read_setting(conn, SETTING_KEY))
    key = None if stored is None else _check(stored, passphrase)
    if stored is None or key is None:
        failures = store.db.write(_count_failure)
        (sleep or _pause)(failure_delay(failures))
        return None
    upgraded = _outdated(json.loads(stored))
    if upgraded:
        record, key = _new_record(_normalise(passphrase))

    def write(conn: Connection) -> trainer_audit.AuditReport:
        entries = trainer_audit.read_entries(conn)
        report = trainer_audit.examine(entries, stored, key, legacy=upgraded)
        current = stored
        if upgraded:
            current = json.dumps(record)
            write_setting(conn, SETTING_KEY, current)
            trainer_audit.append(conn, entries, trainer_audit.Event.UPGRADED, current, key, actor)
        write_setting(conn, FAILURES_KEY, "0")
        trainer_audit.append(conn, entries, trainer_audit.Event.UNLOCKED, current, key, actor)
        return report

    return Unlock(audit=store.db.write(write), upgraded=upgraded)


def require_passphrase(
    store: SqlStore,
    passphrase: str,
    *,
    actor: str | None = None,
    sleep: Callable[[float], None] | None = None,
) -> Unlock:
    """`unlock`, raising a one-line `UsageError` when it fails (for the CLI)."""
    if not has_passphrase(store):
        raise PassphraseNotSetError(NOT_SET)
    result = unlock(store, passphrase, actor=actor, sleep=sleep)
    if result is None:
        raise UsageError("wrong trainer passphrase")
    return result


def failure_delay(failures: int) -> float:
    """Seconds to wait after the `failures`-th consecutive failed attempt."""
    if failures < 1:
        return 0.0
    return FAILURE_DELAYS[min(failures, len(FAILURE_DELAYS)) - 1]


def failed_attempts(store: SqlStore) -> int:
    """Consecutive failed attempts since the last success or change."""
    return store.db.read(_read_failures)


def has_passphrase(store: SqlStore) -> bool:
    return store.db.read(lambda conn: read_setting(conn, SETTING_KEY)) is not None


def audit_report(store: SqlStore) -> trainer_audit.AuditReport:
    """What the audit says without the key (before an unlock: dates, not signatures)."""

    def read(conn: Connection) -> trainer_audit.AuditReport:
        return trainer_audit.examine(
            trainer_audit.read_entries(conn), read_setting(conn, SETTING_KEY), None
        )

    return store.db.read(read)


def clear_passphrase(store: SqlStore) -> None:
    store.db.write(lambda conn: delete_setting(conn, SETTING_KEY))


def _pause(seconds: float) -> None:
    time.sleep(seconds)


def _count_failure(conn: Connection) -> int:
    failures = _read_failures(conn) + 1
    write_setting(conn, FAILURES_KEY, str(failures))
    return failures


def _read_failures(conn: Connection) -> int:
    value = read_setting(conn, FAILURES_KEY)
    try:
        return max(0, int(value or 0))
    except ValueError:
        return len(FAILURE_DELAYS)  # tampered with: assume the worst


def _new_record(secret: bytes) -> tuple[dict[str, Any], bytes]:
    salt = os.urandom(SALT_BYTES)
    derived = _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 2 * KEY_BYTES)
    record = {
        "algorithm": "scrypt",
        "version": RECORD_VERSION,
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": derived[:KEY_BYTES].hex(),
    }
    return record, derived[KEY_BYTES:]


def _check(stored: str, passphrase: str) -> bytes | None:
    """The audit key when `passphrase` matches the stored record, else None.

    A record of an older version has no key half; its key is then b"" (and the caller
    upgrades the record). A record that cannot be read never matches.
    """
    try:
        record: dict[str, Any] = json.loads(stored)
        expected = bytes.fromhex(record["hash"])
        salt = bytes.fromhex(record["salt"])
        n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        version = int(record.get("version", 1))
    except (ValueError, KeyError, TypeError):
        return None
    if record.get("algorithm") != "scrypt" or not expected or n < 2 or n > 2**22:
        return None
    length = 2 * len(expected) if version >= RECORD_VERSION else len(expected)
    try:
        derived = _derive(_normalise(passphrase), salt, n, r, p, length)
    except (ValueError, MemoryError):
        return None
    if not hmac.compare_digest(derived[: len(expected)], expected):
        return None
    return derived[len(expected) :]


def _outdated(record: dict[str, Any]) -> bool:
    return (
        int(record.get("version", 1)) < RECORD_VERSION
        or int(record["n"]) < SCRYPT_N
        or int(record["r"]) < SCRYPT_R
        or len(bytes.fromhex(record["hash"])) < KEY_BYTES
    )


def _normalise(passphrase: str) -> bytes:
    # The same letters typed on another keyboard layout or OS must still match.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _derive(secret: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        secret, salt=salt, n=n, r=r, p=p, dklen=length, maxmem=128 * n * r * p + 2**20
    )
