"""Base of every check type's parameters."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class CheckParams(BaseModel):
    """Base for each check type's parameters: frozen, unknown keys are errors, floats are
    finite (see `coach.content.model_base.ContentModel`)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False
    )
