"""Limits of what the store keeps, known to the app without loading the database layer."""

from __future__ import annotations

from typing import Final

NAME_LENGTH: Final = 200
"""Characters in a trainee's or reviewer's name (and other short labels)."""
