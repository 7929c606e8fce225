"""What a rubric may set on a `key_points` check; `coach.scoring.checks.key_points` scores it."""

from __future__ import annotations

from pydantic import Field

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    covered_message: str = "Covers: {point}"
    max_gap: int = Field(default=3, ge=0, le=6)
    fuzzy_threshold: float = Field(default=88, ge=50, le=100)
    # Cosine to one of the sentences that say a key point (its examples, its description,
    # the trainers' good examples) at which a reply sentence says it in other words; null
    # turns matching by meaning off. 0.8 catches close rewordings only: the encoder puts a
    # free paraphrase at 0.4-0.65 and a sentence on the same subject that says otherwise
    # there too (dev Spearman is flat from 0.55 to 0.85), so a trainer who wants more
    # lists `examples:` in the words trainees use.
    similarity: float | None = Field(default=0.8, gt=0, lt=1)
