"""`make bench` (store part): history paging and rescore speed on a 100 000-attempt database.

A benchmark, not a test: it prints figures and never fails. It builds a temporary SQLite
database (WAL, as the app uses it) with distinct 150-word replies spread over 20 trainees,
both languages and six months, then measures:

- the history view opening: a fresh `SqlStore` (schema check included), the count and
  the first page of 50 for one trainee, newest first; cold (first query in a fresh
  process) and warm (median of repeats); also unfiltered and best-first pages;
- `coach rescore` after a rubric change, every reply distinct (no reuse): one trainee's
  attempts in one process, then every attempt in the database (the first trainee's are
  already done) with the default workers, one per core, as after a real rubric change;
  and the skip path (content unchanged) over all attempts.

    python -m bench.store [--attempts 100000]

"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.replies import make_reply
from coach import __version__
from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library, score_reply
from coach.store import HistoryFilter, Order, SqlStore
from coach.store.findings import findings_json
from coach.store.schema import attempt_details, attempt_scores, attempts, reviews, trainees

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "data" / "scenarios"
TRAINEES = 20
DISTINCT_REPORTS = 200
BATCH = 5000

FIRST_PAGE = """
import time, sys
t0 = time.perf_counter()
from coach.store import SqlStore, HistoryFilter
t1 = time.perf_counter()
store = SqlStore(sys.argv[1])
t2 = time.perf_counter()
filters = HistoryFilter(trainee="trainee-07")
total = store.count_attempts(filters)
page = store.attempts_page(filters, 0, 50)
t3 = time.perf_counter()
assert len(page) == 50, len(page)
print(t1 - t0, t2 - t1, t3 - t2, total)
store.close()
"""


def fill(path: Path, count: int) -> float:
    """Create the database and bulk-load `count` attempts; return seconds taken."""
    library = load_library([bundled_rubrics_dir(), SCENARIOS])
    per_language = {}
    for language in ("en", "ru"):
        scenario = library.scenarios[f"test-api-{language}"]
        rubric = library.rubrics[scenario.rubric]
        reports = [
            score_reply(make_reply(language, 900_000 + n), rubric, scenario)
            for n in range(DISTINCT_REPORTS // 2)
        ]
        per_language[language] = (scenario, rubric, reports)
    started = time.perf_counter()
    now = datetime.now(UTC)
    with SqlStore(str(path)) as store:

        def load(conn: Any) -> None:
            conn.execute(
                insert(trainees),
                [
                    {"id": n + 1, "name": f"trainee-{n:02d}", "created_at": now}
                    for n in range(TRAINEES)
                ],
            )
            for start in range(0, count, BATCH):
                rows, details, scores, overrides = [], [], [], []
                for number in range(start, min(count, start + BATCH)):
                    language = "en" if number % 3 else "ru"
                    scenario, rubric, reports = per_language[language]
                    report = reports[number % len(reports)]
                    attempt_id = number + 1
                    rows.append(
                        {
                            "id": attempt_id,
                            "trainee_id": number % TRAINEES + 1,
                            "scenario_id": scenario.id,
                            "scenario_hash": scenario.content_hash,
                            "rubric_id": rubric.id,
                            "rubric_hash": rubric.content_hash,
                            "turn": 1,
                            "language": language,
                            "overall": report.overall,
                            "band": report.band,
                            "spelling_backend": report.spelling_backend,
                            "time_to_first_key_ms": 1500 + number % 4000,
                            "time_to_submit_ms": 60_000 + number % 240_000,
                            "app_version": __version__,
                            "created_at": now - timedelta(minutes=(count - number) * 2.5),
                        }
                    )
                    details.append(
                        {
                            "attempt_id": attempt_id,
                            "reply_text": make_reply(language, number),
                            "findings": findings_json(report),
                        }
                    )
                    scores += [
                        {"attempt_id": attempt_id, "dimension": d, "position": i, "score": s}
                        for i, (d, s) in enumerate(report.dimensions.items())
                    ]
                    if number % 100 == 0:  # a trainer reviewed 1% with an override
                        overrides.append(
                            {
                                "attempt_id": attempt_id,
                                "reviewer": "Trainer",
                                "comment": "see me",
                                "overrides": {"tone": 80.0, "overall": 75.0},
                                "overall_override": 75.0,
                                "created_at": now,
                            }
                        )
                conn.execute(insert(attempts), rows)
                conn.execute(insert(attempt_details), details)
                conn.execute(insert(attempt_scores), scores)
                if overrides:
                    conn.execute(insert(reviews), overrides)

        store.db.write(load)
        store.db.write(lambda conn: conn.exec_driver_sql("ANALYZE"))
    return time.perf_counter() - started


def first_page_cold(path: Path) -> tuple[float, float, float, int]:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAGE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    imports, opening, query, total = out.stdout.split()
    return float(imports), float(opening), float(query), int(total)


def timed(function: Any, repeats: int = 20) -> float:
    """Median seconds of `function()` over `repeats` calls."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def changed_rubrics(
    folder: Path, languages: tuple[str, ...] = ("en", "ru"), weight: str = "0.35"
) -> Path:
    """The bundled rubrics with one weight changed (to `weight`) in those of `languages`."""
    target = folder / f"rubrics-{'-'.join(languages)}-{weight}"
    shutil.copytree(bundled_rubrics_dir(), target)
    for language in languages:
        path = target / f"support-{language}.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("weight: 0.25", f"weight: {weight}", 1), encoding="utf-8")
    return target


class Clock:
    """Progress callback that notes when each chunk was stored (for the steady rate)."""

    def __init__(self) -> None:
        self.marks: list[tuple[float, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.marks.append((time.perf_counter(), done))

    def steady_rate(self) -> float:
        """Replies per second from the first stored chunk to the last (start-up excluded)."""
        stored = [(t, d) for t, d in self.marks if d > 0]
        if len(stored) < 2:
            return 0.0
        (t0, d0), (t1, d1) = stored[0], stored[-1]
        return (d1 - d0) / (t1 - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=100_000)
    args = parser.parse_args()
    print(f"Reply Coach store benchmark (SQLite, WAL, {args.attempts:,} attempts)")
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "coach.sqlite3"
        seconds = fill(path, args.attempts)
        size = sum(p.stat().st_size for p in folder.glob("coach.sqlite3*")) / 2**20
        print(f"  bulk load: {seconds:.1f} s, {size:.0f} MiB on disk")

        print("\n[history view: open + count + first page of 50, one trainee]")
        imports, opening, query, total = first_page_cold(path)
        print(
            f"  fresh process: open {opening * 1000:.0f} ms + count and page {query * 1000:.0f} ms"
            f" = {(opening + query) * 1000:.0f} ms ({total:,} attempts; imports "
            f"{imports * 1000:.0f} ms, paid once at app start)"
        )
        with SqlStore(str(path)) as store:
            one = HistoryFilter(trainee="trainee-07")
            cases = {
                "trainee, newest first": lambda: (
                    store.count_attempts(one),
                    store.attempts_page(one, 0, 50),
                ),
                "trainee, page 40 (offset 2000)": lambda: store.attempts_page(one, 2000, 50),
                "all trainees, newest first": lambda: (
                    store.count_attempts(),
                    store.attempts_page(None, 0, 50),
                ),
                "all trainees, best effective first": lambda: store.attempts_page(
                    None, 0, 50, Order.BEST
                ),
                "best scores per scenario (one trainee)": lambda: store.best_scores("trainee-07"),
            }
            for name, function in cases.items():
                print(f"  warm, {name}: {timed(function) * 1000:6.1f} ms (median of 20)")
        print("\n[coach rescore after a rubric change; every reply distinct, none reused]")
        both = [changed_rubrics(folder), SCENARIOS]
        with SqlStore(str(path)) as store:
            runs = (
                ("one trainee, 1 process", HistoryFilter(trainee="trainee-01"), 1),
                ("every attempt, one process per core", HistoryFilter(), None),
            )
            for name, selection, workers in runs:
                clock = Clock()
                summary = store.rescore(both, filters=selection, workers=workers, progress=clock)
                print(
                    f"  both rubrics changed, {name}: {summary.rescored:,} rescored "
                    f"({summary.workers} process{'es' if summary.workers > 1 else ''}) in "
                    f"{summary.seconds:.1f} s = {summary.per_second:,.0f}/s overall, "
                    f"{clock.steady_rate():,.0f}/s once started (start-up: content load, "
                    f"worker processes); sentence cache hit rate {summary.sentence_hit_rate:.0%}"
                )
            selection = HistoryFilter(trainee="trainee-03")
            summary = store.rescore(
                [changed_rubrics(folder, ("en",), weight="0.45"), SCENARIOS], filters=selection
            )
            handled = summary.rescored + summary.unchanged
            print(
                f"  only the English rubric changed, default workers: {summary.rescored:,} "
                f"rescored + {summary.unchanged:,} Russian skipped as unchanged in "
                f"{summary.seconds:.1f} s = {handled / summary.seconds:,.0f} attempts/s handled"
            )
            summary = store.rescore([bundled_rubrics_dir(), SCENARIOS])
            print(
                f"  nothing changed: {summary.considered:,} attempts checked and skipped "
                f"in {summary.seconds:.1f} s ({summary.considered / summary.seconds:,.0f}/s)"
            )


if __name__ == "__main__":
    main()
