"""Trainer chart figure (a benchmark that prints): one trainee's score chart rendered.

Fills a temporary database with `bench.store.fill` (5 000 attempts over 20 trainees by
default, i.e. ~250 per trainee; pass --attempts 100000 for the full-size database), then
times, for one trainee: loading the attempts for the chart (up to 1 000) and building and
painting the chart off screen.

    python -m bench.chart [--attempts N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.store import fill
from coach.store import HistoryFilter, Order, SqlStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attempts", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication([])
    from coach.gui.trainer.score_chart import ScoreChart  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        fill(path, args.attempts)
        store = SqlStore(f"sqlite:///{path}")
        trainee = store.trainees()[0]
        chart = ScoreChart()
        chart.resize(900, 320)
        timings = []
        for _ in range(7):
            t0 = time.perf_counter()
            rows = store.attempts_page(HistoryFilter(trainee=trainee), 0, 1000, Order.OLDEST)
            chart.show_attempts(rows)
            chart.grab()
            app.processEvents()
            timings.append(time.perf_counter() - t0)
        store.close()
    print(f"Trainer chart ({args.attempts} attempts in the database, {len(rows)} for the trainee)")
    median = statistics.median(timings) * 1000
    print(
        f"  load + build + paint one trainee's chart: median {median:.0f} ms,"
        f" first {timings[0] * 1000:.0f} ms"
    )
    os._exit(0)


if __name__ == "__main__":
    main()
