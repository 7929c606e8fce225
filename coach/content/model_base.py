"""Base for every content model: immutable, and strict about unknown keys."""

from pydantic import BaseModel, ConfigDict


class ContentModel(BaseModel):
    """Frozen and `extra="forbid"`: a misspelt key is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
