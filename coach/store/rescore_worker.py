"""What a `coach rescore` worker process runs: load the content, then score chunks.

Kept apart from the rescore driver so a worker imports the scoring core only, not
SQLAlchemy (its start-up is part of every rescore's time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.content.library import Library
from coach.scoring import load_library, score_reply
from coach.scoring.heap import settle_for_bulk_scoring
from coach.store.findings import findings_json
from coach.store.json_codec import encoded
from coach.text.embedding import shared_encoder
from coach.text.spelling import OfflineSpellChecker

Item = tuple[str, str, str]  # reply text, scenario id, rubric id
Scored = dict[str, Any]


@dataclass(frozen=True)
class Batch:
    """A chunk's results and how many of its sentences the embedding cache already held."""

    scored: list[Scored]
    sentence_hits: int
    sentence_misses: int


class Scorer:
    """Scores (text, scenario id, rubric id) items against one loaded library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.checker = OfflineSpellChecker()

    def score_counted(self, items: Sequence[Item]) -> Batch:
        """`score`, with the sentence-cache hits and misses it caused."""
        encoder = shared_encoder()
        hits, misses = encoder.hits, encoder.misses
        scored = self.score(items)
        return Batch(scored, encoder.hits - hits, encoder.misses - misses)

    def score(self, items: Sequence[Item]) -> list[Scored]:
        results = []
        for text, scenario_id, rubric_id in items:
            report = score_reply(
                text,
                self.library.rubrics[rubric_id],
                self.library.scenarios[scenario_id],
                checker=self.checker,
            )
            results.append(
                {
                    "overall": report.overall,
                    "band": report.band,
                    "dimensions": dict(report.dimensions),
                    # Encoded here, in the worker: see coach.store.json_codec.
                    "findings": encoded(findings_json(report)),
                    "spelling_backend": report.spelling_backend,
                }
            )
        return results


_worker_scorer: Scorer | None = None


def init_worker(paths: Sequence[str]) -> None:
    global _worker_scorer  # noqa: PLW0603 - one scorer per worker process, by design
    _worker_scorer = Scorer(load_library([Path(p) for p in paths]))
    settle_for_bulk_scoring()  # a worker process does nothing but score


def score_in_worker(items: Sequence[Item]) -> Batch:
    assert _worker_scorer is not None, "worker not initialised"
    return _worker_scorer.score_counted(items)
