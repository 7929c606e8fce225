"""Cohort overview: every trainee side by side, and the scenarios the cohort finds hardest.

A handful of grouped queries whatever the table size; scores are the automatic ones
(the trainer's overrides show in each trainee's history).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from coach.store.schema import attempt_scores, attempts, trainees
from coach.store.sql_store import SqlStore


@dataclass(frozen=True)
class TraineeSummary:
    trainee: str
    attempts: int
    latest_overall: float
    best_overall: float
    latest: dict[str, float]
    best: dict[str, float]
    weakest_dimension: str | None
    never_attempted: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ScenarioDifficulty:
    scenario_id: str
    attempts: int
    mean_overall: float


def cohort_summary(store: SqlStore, scenario_ids: Collection[str]) -> list[TraineeSummary]:
    """One row per trainee with attempts; `scenario_ids` is the library they practise on."""
    return store.db.read(lambda conn: _summaries(conn, set(scenario_ids)))


def hardest_scenarios(store: SqlStore, limit: int = 10) -> list[ScenarioDifficulty]:
    """Scenarios by mean overall score, lowest first."""

    def work(conn: Connection) -> list[ScenarioDifficulty]:
        mean = func.avg(attempts.c.overall)
        rows = conn.execute(
            select(attempts.c.scenario_id, func.count(), mean)
            .group_by(attempts.c.scenario_id)
            .order_by(mean, attempts.c.scenario_id)
            .limit(limit)
        )
        return [ScenarioDifficulty(r[0], int(r[1]), round(float(r[2]), 1)) for r in rows]

    return store.db.read(work)


def _summaries(conn: Connection, library: set[str]) -> list[TraineeSummary]:
    totals = conn.execute(
        select(
            trainees.c.id, trainees.c.name, func.count(attempts.c.id), func.max(attempts.c.overall)
        )
        .join(attempts, attempts.c.trainee_id == trainees.c.id)
        .group_by(trainees.c.id, trainees.c.name)
        .order_by(trainees.c.name)
    ).all()
    latest_ids = dict(
        conn.execute(
            select(attempts.c.trainee_id, func.max(attempts.c.id)).group_by(attempts.c.trainee_id)
        ).all()
    )
    latest_rows = conn.execute(
        select(attempts.c.id, attempts.c.overall).where(attempts.c.id.in_(latest_ids.values()))
    ).all()
    latest_overall = {row[0]: float(row[1]) for row in latest_rows}
    latest_dims: dict[int, dict[str, float]] = defaultdict(dict)
    for attempt_id, dimension, score in conn.execute(
        select(
            attempt_scores.c.attempt_id, attempt_scores.c.dimension, attempt_scores.c.score
        ).where(attempt_scores.c.attempt_id.in_(latest_ids.values()))
    ):
        latest_dims[attempt_id][dimension] = float(score)
    best: dict[int, dict[str, float]] = defaultdict(dict)
    mean: dict[int, dict[str, float]] = defaultdict(dict)
    for trainee_id, dimension, top, average in conn.execute(
        select(
            attempts.c.trainee_id,
            attempt_scores.c.dimension,
            func.max(attempt_scores.c.score),
            func.avg(attempt_scores.c.score),
        )
        .join(attempt_scores, attempt_scores.c.attempt_id == attempts.c.id)
        .group_by(attempts.c.trainee_id, attempt_scores.c.dimension)
    ):
        best[trainee_id][dimension] = float(top)
        mean[trainee_id][dimension] = float(average)
    attempted: dict[int, set[str]] = defaultdict(set)
    for trainee_id, scenario_id in conn.execute(
        select(attempts.c.trainee_id, attempts.c.scenario_id).distinct()
    ):
        attempted[trainee_id].add(scenario_id)
    summaries = []
    for trainee_id, name, count, top in totals:
        last = latest_ids[trainee_id]
        averages = mean[trainee_id]
        summaries.append(
            TraineeSummary(
                trainee=name,
                attempts=int(count),
                latest_overall=latest_overall.get(last, 0.0),
                best_overall=float(top),
                latest=latest_dims.get(last, {}),
                best=best[trainee_id],
                weakest_dimension=_weakest(averages),
                never_attempted=tuple(sorted(library - attempted[trainee_id])),
            )
        )
    return summaries


def _weakest(averages: dict[str, float]) -> str | None:
    """The dimension with the lowest mean, or None when none is lower than the others
    (all at 100, say): naming one there would send a trainer after a non-problem."""
    if not averages:
        return None
    lowest = min(averages, key=lambda d: averages[d])
    if max(averages.values()) - averages[lowest] < 0.5:  # the same shown whole number
        return None
    return lowest
