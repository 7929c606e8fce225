"""What the rest of the app needs from the history store (implemented in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from coach.scoring.report import ScoreReport


@dataclass(frozen=True)
class NewAttempt:
    """A submitted reply, as the practice window records it."""

    trainee: str
    scenario_id: str
    scenario_hash: str
    rubric_id: str
    rubric_hash: str
    turn: int
    reply_text: str
    report: ScoreReport
    time_to_first_key_ms: int | None = None
    time_to_submit_ms: int | None = None


@dataclass(frozen=True)
class AttemptSummary:
    """One stored attempt; `effective_*` apply the latest review override, if any."""

    id: int
    trainee: str
    scenario_id: str
    turn: int
    overall: float
    dimensions: dict[str, float]
    effective_overall: float
    effective_dimensions: dict[str, float]
    created_at: datetime


class AttemptStore(Protocol):
    """The store interface the GUI and CLI use; every method commits before returning."""

    def record_attempt(
        self, attempt: NewAttempt, *, token: str | None = None, created_at: datetime | None = None
    ) -> int:
        """Commit the attempt and return its id (raises `StoreError` on failure).

        `token` makes the call idempotent: recording the same token twice (say, once
        directly and once from the pending folder) stores one attempt. `created_at` keeps
        the submission time of an attempt replayed from the pending folder.
        """
        ...

    def best_scores(self, trainee: str) -> dict[str, float]:
        """Scenario id -> the trainee's best effective overall score."""
        ...

    def save_draft(self, trainee: str, scenario_id: str, turn: int, text: str) -> None: ...

    def load_draft(self, trainee: str, scenario_id: str, turn: int) -> str | None: ...

    def clear_draft(self, trainee: str, scenario_id: str, turn: int) -> None: ...
