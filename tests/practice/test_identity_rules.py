"""Who the trainee is: the login wins over a typed name; earlier attempts carry over only
from the placeholder, only in a file on this computer."""

from pathlib import Path

import pytest

from coach.practice import UNNAMED
from coach.practice.identity import carries_history_over, trainee_name


@pytest.mark.parametrize(
    ("login", "typed", "expected"),
    [
        ("anna_petrova", "Boris", "anna_petrova"),  # the server's login, not a typed name
        (None, "  Anna  ", "Anna"),
        (None, "   ", UNNAMED),  # spaces are no name
        (None, "", UNNAMED),
        ("", "Anna", "Anna"),
    ],
)
def test_trainee_name(login, typed, expected):
    assert trainee_name(login, typed) == expected


FILE = Path("/home/anna/.local/share/ReplyCoach/history.sqlite3")


@pytest.mark.parametrize(
    ("before", "after", "path", "carried"),
    [
        (UNNAMED, "Anna", FILE, True),
        (UNNAMED, "Anna", None, False),  # a team server: the placeholder may be anyone
        ("Anna", "Anna Berg", FILE, False),  # a rename is not a first name
        (UNNAMED, UNNAMED, FILE, False),
    ],
)
def test_carries_history_over(before, after, path, carried):
    assert carries_history_over(before, after, path) is carried
