"""What a rubric may set on a `sentence_length` check (see `checks.sentence_length`)."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    max_words: int = Field(default=28, ge=5)
