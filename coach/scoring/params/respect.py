"""What a rubric may set on a `respect` check; `coach.scoring.checks.respect` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    checks: list[str] = Field(min_length=1)
    min_words: int = Field(default=8, ge=1)
    # The rubric says it in its language; the default assumes none.
    evidence_message: str = "✓"
