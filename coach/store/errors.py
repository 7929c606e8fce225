"""The expected problems of the history database (locked, damaged, unreachable, too new)."""

from __future__ import annotations

from coach.errors import CoachError
from coach.text.languages import FALLBACK, core_message


class StoreError(CoachError):
    """The history database cannot do what was asked; the message says why and what to do.

    Raised instead of a driver exception, so callers (the practice window, the CLI) can
    keep the reply or draft they hold and tell the user, without knowing SQL back ends.
    """


class RefusedError(StoreError):
    """The database works, but will not take this value (too long, out of range...).

    Kept apart from the other `StoreError`s because waiting does not help: an attempt
    parked on disk that gets this is moved aside (see `pending.py`), not retried at every
    start, where it would hold up the attempts parked after it.
    """


class PermissionDeniedError(StoreError):
    """The database login may not do this (PostgreSQL roles, see `coach.store.roles`).

    Waiting does not help and the data is not at fault: a trainee's login tried what only
    a trainer's may (write a review, read another trainee's rows). It carries a Russian
    message in every language with a profile, since it reaches the GUI, where the
    interface language picks one.
    """

    def __init__(self, message_id: str, **values: str) -> None:
        self.message_id = message_id
        self.values = values
        super().__init__(self.in_language(FALLBACK))

    def in_language(self, language: str) -> str:
        return core_message(language, self.message_id).format(**self.values)


class UpgradeNeededError(PermissionDeniedError):
    """The database has an older schema than this app, and the login may not upgrade it.

    On a shared PostgreSQL history only the owner of the tables can run the migrations; a
    trainee's (or trainer's) login gets this instead of a driver error half way through
    one. The message names the command the owner runs (`coach db upgrade`).
    """

    def __init__(self, where: str, current: str, wanted: str) -> None:
        super().__init__("store.upgrade_needed", where=where, current=current, wanted=wanted)
