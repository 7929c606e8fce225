"""A separate app instance for the fault and concurrency tests (run as a script).

    python writer_process.py URL REPORT.json NAME COUNT [START_FILE]

Records COUNT attempts (0 = until killed), one transaction each, printing each id the
moment `record_attempt` has returned it (that is, acknowledged it). With START_FILE, it
opens the store, prints "ready" and waits for that file, so writers start together.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from coach.scoring.report import ScoreReport
from coach.store import NewAttempt, SqlStore


def main(url: str, report_path: str, name: str, count: int, start_file: str | None) -> None:
    report = ScoreReport.from_json(Path(report_path).read_text(encoding="utf-8"))
    with SqlStore(url, busy_wait=60) as store:
        if start_file:
            print("ready", flush=True)
            while not Path(start_file).exists():
                time.sleep(0.005)
        number = 0
        while count == 0 or number < count:
            number += 1
            attempt = NewAttempt(
                # Half the attempts share one trainee: both writers create it and race.
                trainee="shared" if number % 2 else name,
                scenario_id="writer-scenario",
                scenario_hash="h",
                rubric_id=report.rubric_id,
                rubric_hash="r",
                turn=1,
                reply_text=f"{name} reply {number}",
                report=report,
            )
            print(store.record_attempt(attempt), flush=True)


if __name__ == "__main__":
    main(
        sys.argv[1],
        sys.argv[2],
        sys.argv[3],
        int(sys.argv[4]),
        sys.argv[5] if len(sys.argv) > 5 else None,
    )
