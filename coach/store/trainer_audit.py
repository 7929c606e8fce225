"""The audit of the trainer passphrase: who set, changed or used it, and when.

Kept as one JSON list in the database settings (`trainer_passphrase_audit`). Each entry
names its event, time, the operating-system user and host, the app's trainee name when
known, the SHA-256 of the passphrase record it leaves behind, the SHA-256 of the entry
before it, and an HMAC over all of that with the key derived from the passphrase (never
stored). The newest entry therefore vouches for the whole list and for the current record.

On a successful unlock, `examine` checks that chain with the trainer's key. Someone who
edits the SQLite file without knowing the passphrase can delete or replace the record and
the entries, but cannot write a newest entry that verifies: the trainer sees a warning.
What this cannot do is keep a person with write access to the file from reading it, or
from restoring an earlier copy of the whole file; the README says so.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import itertools
import json
import socket
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from coach.store.schema import utc_now
from coach.store.settings import read_setting, write_setting

if TYPE_CHECKING:
    from sqlalchemy import Connection

AUDIT_KEY: Final = "trainer_passphrase_audit"
KEEP: Final = 200  # newest entries kept; the oldest kept one still links to its digest


class Event(StrEnum):
    SET = "set"  # first passphrase on this database
    CHANGED = "changed"  # replaced in the app
    RESET = "reset"  # set again after the record had disappeared from the database
    UPGRADED = "upgraded"  # re-hashed with today's parameters on unlock
    UNLOCKED = "unlocked"


class Concern(StrEnum):
    """What the trainer is warned about (the GUI translates each)."""

    RECORD_REPLACED = "record_replaced"  # the record is not the one the audit vouches for
    AUDIT_EDITED = "audit_edited"  # entries were removed, reordered or rewritten
    NO_AUDIT = "no_audit"  # a current-format record with no audit at all
    RECORD_REMOVED = "record_removed"  # the audit says a passphrase was set; none is now
    WAS_RESET = "was_reset"  # a passphrase was set again after the record disappeared


@dataclass(frozen=True)
class AuditEvent:
    event: Event
    when: datetime
    who: str
    actor: str | None


@dataclass(frozen=True)
class AuditReport:
    """The passphrase's history (set/changed/reset/upgraded, newest last) and warnings."""

    changes: list[AuditEvent] = field(default_factory=list)
    warnings: list[Concern] = field(default_factory=list)

    @property
    def last_change(self) -> AuditEvent | None:
        return self.changes[-1] if self.changes else None


def read_entries(conn: Connection) -> list[dict[str, Any]]:
    """The stored entries, oldest first; [] when none or unreadable."""
    text = read_setting(conn, AUDIT_KEY)
    if not text:
        return []
    try:
        entries = json.loads(text)
    except ValueError:
        return [{"event": "unreadable"}]
    if not isinstance(entries, list):
        return [{"event": "unreadable"}]
    return [e if isinstance(e, dict) else {"event": "unreadable"} for e in entries]


def append(
    conn: Connection,
    entries: list[dict[str, Any]],
    event: Event,
    record: str,
    key: bytes,
    actor: str | None,
) -> None:
    """Append a signed entry for `event`, leaving `record` as the current passphrase record."""
    entry: dict[str, Any] = {
        "event": event.value,
        "when": utc_now().isoformat(),
        "who": _who(),
        "actor": actor,
        "record": _digest_text(record),
        "prev": _digest_entry(entries[-1]) if entries else None,
    }
    entry["mac"] = _mac(key, entry)
    entries.append(entry)
    del entries[:-KEEP]
    write_setting(conn, AUDIT_KEY, json.dumps(entries, ensure_ascii=False))


def examine(
    entries: list[dict[str, Any]], record: str | None, key: bytes | None, *, legacy: bool = False
) -> AuditReport:
    """Read the history out of `entries` and, with `key`, check it vouches for `record`.

    `legacy`: the record predates the audit (an older app set it), so no audit is expected.
    """
    changes = [parsed for e in entries if (parsed := _parse(e)) and parsed.event != Event.UNLOCKED]
    warnings: list[Concern] = []
    if any(c.event == Event.RESET for c in changes):
        warnings.append(Concern.WAS_RESET)
    if record is None:
        if entries:
            warnings.append(Concern.RECORD_REMOVED)
        return AuditReport(changes, warnings)
    if not entries:
        if not legacy:
            warnings.append(Concern.NO_AUDIT)
        return AuditReport(changes, warnings)
    linked = all(
        later.get("prev") == _digest_entry(earlier)
        for earlier, later in itertools.pairwise(entries)
    )
    # The oldest entry starts the chain, unless older ones were dropped to keep KEEP.
    linked = linked and (entries[0].get("prev") is None or len(entries) >= KEEP)
    if key is not None:
        signed = [_signed(entry, key) for entry in entries]
        current = _digest_text(record)
        if not linked:
            warnings.append(Concern.AUDIT_EDITED)
        elif signed[-1]:
            if entries[-1].get("record") != current:
                warnings.append(Concern.RECORD_REPLACED)
        elif any(ok and e.get("record") == current for ok, e in zip(signed, entries, strict=True)):
            # The trainer's own earlier record, put back over a newer one.
            warnings.append(Concern.RECORD_REPLACED)
        else:
            warnings.append(Concern.AUDIT_EDITED)
    elif not linked:
        warnings.append(Concern.AUDIT_EDITED)
    return AuditReport(changes, warnings)


def _signed(entry: dict[str, Any], key: bytes) -> bool:
    body = {k: v for k, v in entry.items() if k != "mac"}
    mac = entry.get("mac")
    return isinstance(mac, str) and hmac.compare_digest(mac, _mac(key, body))


def _parse(entry: dict[str, Any]) -> AuditEvent | None:
    try:
        return AuditEvent(
            event=Event(entry["event"]),
            when=datetime.fromisoformat(entry["when"]),
            who=str(entry.get("who", "")),
            actor=None if entry.get("actor") is None else str(entry["actor"]),
        )
    except (KeyError, ValueError, TypeError):
        return None


def _who() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = "?"
    return f"{user}@{socket.gethostname()}"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _digest_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _digest_entry(entry: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(entry)).hexdigest()


def _mac(key: bytes, body: dict[str, Any]) -> str:
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()
