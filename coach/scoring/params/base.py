"""Base of every check type's parameters."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class CheckParams(BaseModel):
    """Base for each check type's parameters: frozen, unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
