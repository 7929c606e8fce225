"""The expected problems of the history database (locked, damaged, unreachable, too new)."""

from __future__ import annotations

from coach.errors import CoachError


class StoreError(CoachError):
    """The history database cannot do what was asked; the message says why and what to do.

    Raised instead of a driver exception, so callers (the practice window, the CLI) can
    keep the reply or draft they hold and tell the user, without knowing SQL back ends.
    """
