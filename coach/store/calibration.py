"""Calibration: where reviewers disagree with each other and with the automatic score.

The automatic score is treated as one more grader. Per dimension: how far reviewers'
overrides sit from the automatic score and from each other on the same attempt. Per
rubric check: on attempts where the check raised a problem, how far reviewers moved that
check's dimension — a check whose findings reviewers keep overruling upward is too harsh
(and one they keep marking down further, too lenient).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import mean

from sqlalchemy import Connection, select

from coach.store.history import load_attempts
from coach.store.schema import reviews
from coach.store.sql_store import SqlStore


@dataclass(frozen=True)
class DimensionAgreement:
    dimension: str
    reviews: int
    mean_shift: float  # override - automatic, averaged (positive: automatic too harsh)
    mean_distance: float  # |override - automatic|
    reviewer_spread: float | None  # mean (max - min) among reviewers of the same attempt


@dataclass(frozen=True)
class CheckAgreement:
    check_id: str
    dimension: str
    attempts: int
    mean_shift: float
    mean_distance: float


@dataclass(frozen=True)
class Calibration:
    dimensions: list[DimensionAgreement]
    checks: list[CheckAgreement]
    reviewed_attempts: int


def calibration(store: SqlStore) -> Calibration:
    """Agreement figures over every attempt that has at least one overriding review."""
    return store.db.read(_calibration)


def _calibration(conn: Connection) -> Calibration:
    ids = [
        row[0]
        for row in conn.execute(
            select(reviews.c.attempt_id).where(reviews.c.overrides.is_not(None)).distinct()
        )
    ]
    shifts: dict[str, list[float]] = defaultdict(list)
    spreads: dict[str, list[float]] = defaultdict(list)
    check_shifts: dict[tuple[str, str], list[float]] = defaultdict(list)
    for attempt in load_attempts(conn, ids):
        per_dimension: dict[str, list[float]] = defaultdict(list)
        for review in attempt.reviews:
            for dimension, score in (review.overrides or {}).items():
                automatic = (
                    attempt.overall if dimension == "overall" else attempt.dimensions.get(dimension)
                )
                if automatic is None:
                    continue
                shifts[dimension].append(score - automatic)
                per_dimension[dimension].append(score)
        for dimension, scores in per_dimension.items():
            if len(scores) > 1:
                spreads[dimension].append(max(scores) - min(scores))
        problem_checks = {
            (f["check_id"], f["dimension"])
            for f in attempt.findings
            if f.get("severity") != "positive"
        }
        for check_id, dimension in problem_checks:
            given = per_dimension.get(dimension)
            automatic = attempt.dimensions.get(dimension)
            if given and automatic is not None:
                check_shifts[(check_id, dimension)].append(mean(given) - automatic)
    dimensions = [
        DimensionAgreement(
            dimension=name,
            reviews=len(values),
            mean_shift=round(mean(values), 1),
            mean_distance=round(mean(abs(v) for v in values), 1),
            reviewer_spread=round(mean(spreads[name]), 1) if spreads[name] else None,
        )
        for name, values in sorted(shifts.items())
    ]
    checks = sorted(
        (
            CheckAgreement(
                check_id=check_id,
                dimension=dimension,
                attempts=len(values),
                mean_shift=round(mean(values), 1),
                mean_distance=round(mean(abs(v) for v in values), 1),
            )
            for (check_id, dimension), values in check_shifts.items()
        ),
        key=lambda c: -c.mean_distance,
    )
    return Calibration(dimensions, checks, len(ids))
