"""Base for every content model: immutable, and strict about unknown keys."""

import re

from pydantic import BaseModel, ConfigDict


class ContentModel(BaseModel):
    """Frozen and `extra="forbid"`: a misspelt key is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def checked_regex(pattern: str | None, quoted: bool = False) -> str | None:
    """`pattern` unchanged if it compiles as a regular expression (None passes); otherwise
    the ValueError pydantic reports at the pattern's line and column."""
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            shown = f" '{pattern}'" if quoted else ""
            raise ValueError(f"invalid regular expression{shown}: {exc}") from exc
    return pattern
