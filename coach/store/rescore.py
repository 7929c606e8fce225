"""Re-score stored replies after a rubric or scenario change, keeping the original scores.

Results go to the `rescores` table, one row per (attempt, rubric version, scenario
version); the attempt row is never touched. Only the offline spell checker is used, so
a rescore needs no network and gives the same result on every machine.

What is skipped, and counted as such in the summary (never passed off as work done):

- attempts whose stored scenario and rubric hashes equal the current content's: their
  original score already is the current one (`force=True` rescores them anyway);
- attempts already rescored against the current versions (so an interrupted run resumes);
- attempts whose scenario or rubric is no longer in the content.

Identical replies to the same scenario and rubric are scored once per run (scoring is
deterministic) and counted in `reused`. Scoring runs in worker processes, one per core,
when there is enough work to pay for their start-up (about a second each).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from time import perf_counter
from typing import Final

from sqlalchemy import Connection, select

from coach import __version__
from coach.content.library import Library
from coach.errors import UsageError
from coach.scoring import load_library
from coach.scoring.heap import bulk_scoring
from coach.store.engine import Database
from coach.store.history import HistoryFilter
from coach.store.rescore_worker import (
    Batch,
    Item,
    Scored,
    Scorer,
    init_worker,
    score_in_worker,
)
from coach.store.schema import (
    attempt_details,
    attempts,
    dialect_insert,
    rescores,
    trainees,
    utc_now,
)

CHUNK: Final = 200
CACHE_LIMIT: Final = 5000
POOL_THRESHOLD: Final = 1000
"""Below this many replies to score (and no `workers` given), start no worker processes:
their start-up (about a second each) costs more than they save."""

Progress = Callable[[int, int], None]
"""Called with (done, total) as replies are scored and stored."""


@dataclass(frozen=True)
class RescoreSummary:
    considered: int
    rescored: int
    unchanged: int
    already_done: int
    missing: int
    reused: int
    seconds: float
    workers: int
    content_issues: tuple[str, ...] = ()
    """Problems in the content files (their scenarios or rubrics count as missing)."""
    sentence_hits: int = 0
    """Sentences whose embedding the (per-process) cache already held."""
    sentence_misses: int = 0

    @property
    def sentence_hit_rate(self) -> float:
        total = self.sentence_hits + self.sentence_misses
        return self.sentence_hits / total if total else 0.0

    @property
    def per_second(self) -> float:
        return self.rescored / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class _Job:
    attempt_id: int
    scenario_id: str
    rubric_id: str
    scenario_hash: str
    rubric_hash: str


def rescore(
    db: Database,
    content_paths: Sequence[Path],
    *,
    filters: HistoryFilter | None = None,
    force: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
) -> RescoreSummary:
    """Re-score the matching attempts against the content under `content_paths`."""
    started = perf_counter()
    library = load_library(content_paths)
    if not library.rubrics:
        raise UsageError("no rubrics found under " + ", ".join(str(p) for p in content_paths))
    rows = db.read(lambda conn: _candidates(conn, filters or HistoryFilter()))
    done = db.read(lambda conn: _already_rescored(conn, filters or HistoryFilter()))
    jobs: list[_Job] = []
    unchanged = already = missing = 0
    for attempt_id, scenario_id, scenario_hash, rubric_id, rubric_hash in rows:
        scenario = library.scenarios.get(scenario_id)
        rubric = library.rubrics.get(rubric_id)
        if scenario is None or rubric is None:
            missing += 1
            continue
        current = (scenario.content_hash, rubric.content_hash)
        if not force and (scenario_hash, rubric_hash) == current:
            unchanged += 1
        elif (attempt_id, rubric.content_hash, scenario.content_hash) in done:
            already += 1
        else:
            jobs.append(
                _Job(attempt_id, scenario_id, rubric_id, scenario.content_hash, rubric.content_hash)
            )
    if workers is None:
        workers = (os.cpu_count() or 1) if len(jobs) >= POOL_THRESHOLD else 1
    workers = max(1, workers)
    reused, hits, misses = _run(db, library, content_paths, jobs, workers, progress)
    return RescoreSummary(
        considered=len(rows),
        rescored=len(jobs),
        unchanged=unchanged,
        already_done=already,
        missing=missing,
        reused=reused,
        seconds=perf_counter() - started,
        workers=workers,
        content_issues=tuple(str(issue) for issue in library.issues),
        sentence_hits=hits,
        sentence_misses=misses,
    )


def _candidates(conn: Connection, filters: HistoryFilter) -> list[tuple[int, str, str, str, str]]:
    stmt = select(
        attempts.c.id,
        attempts.c.scenario_id,
        attempts.c.scenario_hash,
        attempts.c.rubric_id,
        attempts.c.rubric_hash,
    ).select_from(attempts.join(trainees))
    for condition in filters.conditions():
        stmt = stmt.where(condition)
    return [(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(stmt.order_by(attempts.c.id))]


def _already_rescored(conn: Connection, filters: HistoryFilter) -> set[tuple[int, str, str]]:
    stmt = select(
        rescores.c.attempt_id, rescores.c.rubric_hash, rescores.c.scenario_hash
    ).select_from(rescores.join(attempts).join(trainees))
    for condition in filters.conditions():
        stmt = stmt.where(condition)
    return {(row[0], row[1], row[2]) for row in conn.execute(stmt)}


@dataclass
class _Chunk:
    jobs: list[_Job]
    items: list[Item]  # one per job
    fresh: list[Item]  # distinct items to score now
    known: dict[Item, Scored]  # items scored earlier in this run


def _run(
    db: Database,
    library: Library,
    content_paths: Sequence[Path],
    jobs: list[_Job],
    workers: int,
    progress: Progress | None,
) -> tuple[int, int, int]:
    """Score and store every job; return how many were answered from an identical reply,
    and the sentence cache's hits and misses."""
    total = len(jobs)
    stored = reused = hits = misses = 0
    cache: dict[Item, Scored] = {}
    if progress:
        progress(0, total)

    def chunks() -> Iterator[_Chunk]:
        for start in range(0, total, CHUNK):
            part = jobs[start : start + CHUNK]
            texts = db.read(partial(_texts, ids=[j.attempt_id for j in part]))
            items = [(texts[j.attempt_id], j.scenario_id, j.rubric_id) for j in part]
            known = {i: cache[i] for i in items if i in cache}
            fresh = list(dict.fromkeys(i for i in items if i not in known))
            yield _Chunk(part, items, fresh, known)

    def store(chunk: _Chunk, batch: Batch) -> None:
        nonlocal stored, reused, hits, misses
        scored = batch.scored
        hits += batch.sentence_hits
        misses += batch.sentence_misses
        results = {**chunk.known, **dict(zip(chunk.fresh, scored, strict=True))}
        db.write(lambda conn: _insert(conn, chunk.jobs, [results[i] for i in chunk.items]))
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        cache.update(zip(chunk.fresh, scored, strict=True))
        reused += len(chunk.items) - len(chunk.fresh)
        stored += len(chunk.jobs)
        if progress:
            progress(stored, total)

    if workers == 1:
        scorer = Scorer(library)
        with bulk_scoring():
            for chunk in chunks():
                store(chunk, scorer.score_counted(chunk.fresh))
        return reused, hits, misses

    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),  # safe from a GUI's worker thread, unlike fork
        initializer=init_worker,
        initargs=([str(p) for p in content_paths],),
    ) as pool:
        in_flight: dict[Future[Batch], _Chunk] = {}
        source = chunks()
        exhausted = False
        while in_flight or not exhausted:
            while not exhausted and len(in_flight) < workers * 2:
                following = next(source, None)
                if following is None:
                    exhausted = True
                else:
                    in_flight[pool.submit(score_in_worker, following.fresh)] = following
            if in_flight:
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    store(in_flight.pop(future), future.result())
    return reused, hits, misses


def _texts(conn: Connection, ids: list[int]) -> dict[int, str]:
    rows = conn.execute(
        select(attempt_details.c.attempt_id, attempt_details.c.reply_text).where(
            attempt_details.c.attempt_id.in_(ids)
        )
    )
    return {row.attempt_id: row.reply_text for row in rows}


def _insert(conn: Connection, jobs: list[_Job], results: list[Scored]) -> None:
    now = utc_now()
    rows = [
        {
            "attempt_id": job.attempt_id,
            "rubric_id": job.rubric_id,
            "rubric_hash": job.rubric_hash,
            "scenario_hash": job.scenario_hash,
            "app_version": __version__,
            "created_at": now,
            **result,
        }
        for job, result in zip(jobs, results, strict=True)
    ]
    # A concurrent rescore of the same attempt at the same versions: keep the first.
    stmt = dialect_insert(conn, rescores).on_conflict_do_nothing(
        index_elements=["attempt_id", "rubric_hash", "scenario_hash"]
    )
    conn.execute(stmt, rows)
