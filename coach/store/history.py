"""History queries: filtered, paged attempt lists, one attempt in full, CSV and JSON export.

A page is three indexed queries whatever the table size: the page's attempts (ordered
by an index for newest/oldest), their dimension scores and their deciding reviews.
Export streams: ids first, then rows in chunks, so 100 000 attempts never sit in memory.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import partial
from typing import Any, Final, TextIO

from sqlalchemy import ColumnElement, Connection, Select, func, select

from coach.store.api import AttemptSummary
from coach.store.engine import Database
from coach.store.reviews import Review, apply_overrides, effective_overall, latest_overrides
from coach.store.reviews import reviews_of as _reviews_of
from coach.store.schema import attempt_details, attempt_scores, attempts, rescores, trainees

EXPORT_CHUNK: Final = 500
MAX_PAGE: Final = 1000


class Order(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    BEST = "best"  # effective overall, highest first
    WORST = "worst"


@dataclass(frozen=True)
class HistoryFilter:
    """Which attempts to list; `None` means any.

    `scenario_ids` keeps attempts on any of those scenarios (a category or tier picked in
    the history view); an empty set matches nothing. `since` is inclusive, `until`
    exclusive; naive datetimes are local time.
    """

    trainee: str | None = None
    scenario_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    scenario_ids: frozenset[str] | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.trainee is not None:
            found.append(trainees.c.name == self.trainee.strip())
        if self.scenario_id is not None:
            found.append(attempts.c.scenario_id == self.scenario_id)
        if self.scenario_ids is not None:
            found.append(attempts.c.scenario_id.in_(sorted(self.scenario_ids)))
        if self.since is not None:
            found.append(attempts.c.created_at >= self.since)
        if self.until is not None:
            found.append(attempts.c.created_at < self.until)
        return found


@dataclass(frozen=True)
class StoredAttempt:
    """Everything stored about one attempt, with its reviews and latest rescore."""

    id: int
    created_at: datetime
    trainee: str
    scenario_id: str
    scenario_hash: str
    rubric_id: str
    rubric_hash: str
    turn: int
    language: str
    reply_text: str
    overall: float
    band: str
    dimensions: dict[str, float]
    effective_overall: float
    effective_dimensions: dict[str, float]
    findings: list[dict[str, Any]]
    spelling_backend: str
    time_to_first_key_ms: int | None
    time_to_submit_ms: int | None
    app_version: str
    reviews: tuple[Review, ...] = ()
    rescored_overall: float | None = None
    rescored_dimensions: dict[str, float] = field(default_factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "trainee": self.trainee,
            "scenario_id": self.scenario_id,
            "scenario_hash": self.scenario_hash,
            "rubric_id": self.rubric_id,
            "rubric_hash": self.rubric_hash,
            "turn": self.turn,
            "language": self.language,
            "reply_text": self.reply_text,
            "overall": self.overall,
            "band": self.band,
            "dimensions": self.dimensions,
            "effective_overall": self.effective_overall,
            "effective_dimensions": self.effective_dimensions,
            "findings": self.findings,
            "spelling_backend": self.spelling_backend,
            "time_to_first_key_ms": self.time_to_first_key_ms,
            "time_to_submit_ms": self.time_to_submit_ms,
            "app_version": self.app_version,
            "reviews": [
                {
                    "id": r.id,
                    "reviewer": r.reviewer,
                    "comment": r.comment,
                    "overrides": r.overrides,
                    "created_at": r.created_at.isoformat(),
                }
                for r in self.reviews
            ],
            "rescored_overall": self.rescored_overall,
            "rescored_dimensions": self.rescored_dimensions,
        }


def _filtered(columns: Sequence[Any], filters: HistoryFilter) -> Select[Any]:
    stmt = select(*columns).select_from(attempts.join(trainees))
    for condition in filters.conditions():
        stmt = stmt.where(condition)
    return stmt


def _ordered(stmt: Select[Any], order: Order) -> Select[Any]:
    if order is Order.NEWEST:
        return stmt.order_by(attempts.c.created_at.desc(), attempts.c.id.desc())
    if order is Order.OLDEST:
        return stmt.order_by(attempts.c.created_at, attempts.c.id)
    effective = effective_overall()
    first = effective.desc() if order is Order.BEST else effective.asc()
    return stmt.order_by(first, attempts.c.created_at.desc(), attempts.c.id.desc())


def count_attempts(conn: Connection, filters: HistoryFilter) -> int:
    if filters.trainee is None:  # no join needed
        stmt = select(func.count()).select_from(attempts)
        for condition in filters.conditions():
            stmt = stmt.where(condition)
    else:
        stmt = _filtered([func.count()], filters)
    return int(conn.execute(stmt).scalar_one())


def attempts_page(
    conn: Connection,
    filters: HistoryFilter,
    offset: int = 0,
    limit: int = 50,
    order: Order = Order.NEWEST,
) -> list[AttemptSummary]:
    """One page of attempts, with effective scores (the history view's rows)."""
    limit = max(0, min(limit, MAX_PAGE))
    stmt = _filtered(
        [
            attempts.c.id,
            trainees.c.name,
            attempts.c.scenario_id,
            attempts.c.turn,
            attempts.c.overall,
            attempts.c.created_at,
        ],
        filters,
    )
    rows = conn.execute(_ordered(stmt, order).offset(max(0, offset)).limit(limit)).all()
    ids = [row.id for row in rows]
    scores = _scores_of(conn, ids)
    overrides = latest_overrides(conn, ids)
    page = []
    for row in rows:
        dimensions = scores.get(row.id, {})
        eff_overall, eff_dimensions = apply_overrides(
            row.overall, dimensions, overrides.get(row.id)
        )
        page.append(
            AttemptSummary(
                id=row.id,
                trainee=row.name,
                scenario_id=row.scenario_id,
                turn=row.turn,
                overall=row.overall,
                dimensions=dimensions,
                effective_overall=eff_overall,
                effective_dimensions=eff_dimensions,
                created_at=row.created_at,
            )
        )
    return page


def best_scores(conn: Connection, trainee: str) -> dict[str, float]:
    """Scenario id -> the trainee's best effective overall."""
    stmt = (
        _filtered([attempts.c.scenario_id, func.max(effective_overall())], HistoryFilter(trainee))
        .group_by(attempts.c.scenario_id)
        .order_by(attempts.c.scenario_id)
    )
    return {row[0]: float(row[1]) for row in conn.execute(stmt)}


def load_attempts(conn: Connection, ids: Sequence[int]) -> list[StoredAttempt]:
    """The attempts with these ids, in the order given (unknown ids are left out)."""
    if not ids:
        return []
    rows = {
        row.id: row
        for row in conn.execute(
            select(
                attempts,
                trainees.c.name.label("trainee"),
                attempt_details.c.reply_text,
                attempt_details.c.findings,
            )
            .select_from(attempts.join(trainees).join(attempt_details))
            .where(attempts.c.id.in_(ids))
        )
    }
    present = [i for i in ids if i in rows]
    scores = _scores_of(conn, present)
    all_reviews = _reviews_of(conn, present)
    rescored = _latest_rescores(conn, present)
    found = []
    for attempt_id in present:
        row = rows[attempt_id]
        dimensions = scores.get(attempt_id, {})
        attempt_reviews = tuple(all_reviews.get(attempt_id, ()))
        deciding = next(
            (r.overrides for r in reversed(attempt_reviews) if r.overrides is not None), None
        )
        eff_overall, eff_dimensions = apply_overrides(row.overall, dimensions, deciding)
        latest = rescored.get(attempt_id)
        found.append(
            StoredAttempt(
                id=row.id,
                created_at=row.created_at,
                trainee=row.trainee,
                scenario_id=row.scenario_id,
                scenario_hash=row.scenario_hash,
                rubric_id=row.rubric_id,
                rubric_hash=row.rubric_hash,
                turn=row.turn,
                language=row.language,
                reply_text=row.reply_text,
                overall=row.overall,
                band=row.band,
                dimensions=dimensions,
                effective_overall=eff_overall,
                effective_dimensions=eff_dimensions,
                findings=list(row.findings),
                spelling_backend=row.spelling_backend,
                time_to_first_key_ms=row.time_to_first_key_ms,
                time_to_submit_ms=row.time_to_submit_ms,
                app_version=row.app_version,
                reviews=attempt_reviews,
                rescored_overall=None if latest is None else latest[0],
                rescored_dimensions={} if latest is None else latest[1],
            )
        )
    return found


def _scores_of(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, float]]:
    found: dict[int, dict[str, float]] = {}
    if not ids:
        return found
    rows = conn.execute(
        select(attempt_scores.c.attempt_id, attempt_scores.c.dimension, attempt_scores.c.score)
        .where(attempt_scores.c.attempt_id.in_(ids))
        .order_by(attempt_scores.c.attempt_id, attempt_scores.c.position)
    )
    for attempt_id, dimension, score in rows:
        found.setdefault(attempt_id, {})[dimension] = score
    return found


def _latest_rescores(
    conn: Connection, ids: Sequence[int]
) -> dict[int, tuple[float, dict[str, float]]]:
    latest = (
        select(func.max(rescores.c.id))
        .where(rescores.c.attempt_id.in_(ids))
        .group_by(rescores.c.attempt_id)
    )
    rows = conn.execute(
        select(rescores.c.attempt_id, rescores.c.overall, rescores.c.dimensions).where(
            rescores.c.id.in_(latest)
        )
    )
    return {row.attempt_id: (row.overall, dict(row.dimensions)) for row in rows}


def export_ids(conn: Connection, filters: HistoryFilter) -> list[int]:
    stmt = _ordered(_filtered([attempts.c.id], filters), Order.OLDEST)
    return list(conn.execute(stmt).scalars())


def iter_history(db: Database, filters: HistoryFilter) -> Iterator[StoredAttempt]:
    """Every matching attempt in full, oldest first, read in chunks."""
    ids = db.read(lambda conn: export_ids(conn, filters))
    for start in range(0, len(ids), EXPORT_CHUNK):
        chunk = ids[start : start + EXPORT_CHUNK]
        yield from db.read(partial(load_attempts, ids=chunk))


def dimension_names(conn: Connection, filters: HistoryFilter) -> list[str]:
    """The dimensions the matching attempts have, in rubric order."""
    stmt = (
        _filtered([attempt_scores.c.dimension], filters)
        .join(attempt_scores, attempt_scores.c.attempt_id == attempts.c.id)
        .group_by(attempt_scores.c.dimension)
        .order_by(func.min(attempt_scores.c.position), attempt_scores.c.dimension)
    )
    return list(conn.execute(stmt).scalars())


CSV_COLUMNS: Final = (
    "id",
    "created_at",
    "trainee",
    "scenario_id",
    "turn",
    "rubric_id",
    "language",
    "overall",
    "effective_overall",
    "band",
)
CSV_TAIL: Final = (
    "rescored_overall",
    "reviews",
    "latest_comment",
    "time_to_first_key_ms",
    "time_to_submit_ms",
    "spelling_backend",
    "app_version",
    "scenario_hash",
    "rubric_hash",
    "reply_text",
)


def write_csv(db: Database, filters: HistoryFilter, out: TextIO) -> int:
    """Write matching attempts as CSV (one row each, a column per dimension); return count.

    Each dimension has two columns, `<name>` (automatic) and `<name>_effective`. Every
    text cell, header included, goes through `_text` (content and trainees' typing may
    both hold a formula); numbers and times are ours.
    """
    dimensions = db.read(lambda conn: dimension_names(conn, filters))
    header = [*CSV_COLUMNS]
    for name in dimensions:
        header += [_text(name), _text(f"{name}_effective")]
    header += CSV_TAIL
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    for item in iter_history(db, filters):
        row: list[Any] = [
            item.id,
            item.created_at.isoformat(),
            _text(item.trainee),
            _text(item.scenario_id),
            item.turn,
            _text(item.rubric_id),
            _text(item.language),
            _num(item.overall),
            _num(item.effective_overall),
            _text(item.band),
        ]
        for name in dimensions:
            row += [
                _num(item.dimensions.get(name)),
                _num(item.effective_dimensions.get(name)),
            ]
        row += [
            _num(item.rescored_overall),
            len(item.reviews),
            _text(item.reviews[-1].comment) if item.reviews else "",
            item.time_to_first_key_ms if item.time_to_first_key_ms is not None else "",
            item.time_to_submit_ms if item.time_to_submit_ms is not None else "",
            _text(item.spelling_backend),
            _text(item.app_version),
            _text(item.scenario_hash),
            _text(item.rubric_hash),
            _text(item.reply_text),
        ]
        writer.writerow(row)
        count += 1
    return count


def write_json(db: Database, filters: HistoryFilter, out: TextIO) -> int:
    """Write matching attempts as a JSON array of full records; return the count."""
    out.write("[")
    count = 0
    for item in iter_history(db, filters):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(item.to_json_dict(), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


# A cell a spreadsheet would run as a formula: =, +, -, @ first (after any spaces or
# quotes, which some importers trim), or a tab or carriage return first (OWASP's list).
_FORMULA_START: Final = re.compile(r'[\t\r]|[\s"]*[=+\-@]')
# The same inside a cell, after a character some reader splits on: the file is written
# with commas (csv quotes a cell holding one, and every comma reader honours that), but
# Excel set to a Russian or German locale splits on ';' and then does not see our quotes,
# so 'ok;=1+1' would become a cell '=1+1'; tabs and line breaks split the same way.
_FORMULA_AFTER_BREAK: Final = re.compile(r'([;\t\r\n][\s"]*)(?=[=+\-@])')


def _text(value: str) -> str:
    """Text (typed by a trainee or trainer, or from content), made safe to open in a
    spreadsheet (CSV injection): an apostrophe goes before a formula at the start and
    after each ';', tab or line break. Spreadsheets show a leading apostrophe as text;
    one inside a cell stays visible, the price of a cell that cannot run."""
    if _FORMULA_AFTER_BREAK.search(value):
        value = _FORMULA_AFTER_BREAK.sub(r"\1'", value)
    return "'" + value if _FORMULA_START.match(value) else value


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".rstrip("0").rstrip(".")
