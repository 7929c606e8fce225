"""Who the trainee is, and when their earlier attempts become theirs.

Two sources of a name: the login to a team database with roles (the server knows it and
enforces it; `SqlStore.login_trainee`), and the name typed in the app (first start,
Settings). The login wins: a typed name is free text, and typing another trainee's name
must not show their history.
"""

from __future__ import annotations

from pathlib import Path

from coach.practice.flow import UNNAMED


def trainee_name(login: str | None, typed: str) -> str:
    """The name attempts and drafts are kept under: the login, else the typed name, else
    the placeholder. A name of spaces is no name (the store would refuse every attempt)."""
    return login or typed.strip() or UNNAMED


def carries_history_over(before: str, after: str, sqlite_path: Path | None) -> bool:
    """Whether attempts stored under the placeholder become `after`'s, now that the
    trainee gave a name. Only from the placeholder to a real name, and only in a database
    file on this computer: on a team server the placeholder's attempts may be anyone's."""
    return before == UNNAMED and after != UNNAMED and sqlite_path is not None
