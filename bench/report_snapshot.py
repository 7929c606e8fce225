"""Write the full score report of ~1 000 replies as JSON lines, to prove that a speed-up
changes no score, finding or message: run it before and after the change and compare.

    .venv/bin/python -m bench.report_snapshot before.jsonl
    # ...change the code...
    .venv/bin/python -m bench.report_snapshot after.jsonl && cmp before.jsonl after.jsonl

The replies: every trainer example of the bundled scenarios, generated replies of 20 to
320 words for the test scenarios, generated replies against every scenario of their
language, and replies scored with no scenario.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.replies import make_reply
from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.scoring import load_library, score_reply

ROOT = Path(__file__).resolve().parent.parent


def main(out_path: str) -> None:
    library = load_library(
        [bundled_rubrics_dir(), bundled_scenarios_dir(), ROOT / "tests" / "data" / "scenarios"]
    )
    cases = [
        (scenario, library.rubrics[scenario.rubric], example.text)
        for scenario in library.scenarios.values()
        for example in [*scenario.examples.good, *scenario.examples.bad]
    ]
    for language in ("en", "ru"):
        own = library.scenarios[f"test-api-{language}"]
        rubric = library.rubrics[own.rubric]
        cases += [(own, rubric, make_reply(language, 70_000 + s, words=20 + s)) for s in range(300)]
        cases += [
            (other, library.rubrics[other.rubric], make_reply(language, 80_000 + s))
            for other in library.scenarios.values()
            if other.language == language
            for s in range(5)
        ]
        cases += [(None, rubric, make_reply(language, 90_000 + s)) for s in range(50)]
    with open(out_path, "w", encoding="utf-8") as out:
        for scenario, rubric, text in cases:
            out.write(score_reply(text, rubric, scenario).to_json() + "\n")
    print(f"{len(cases)} reports written to {out_path}")


if __name__ == "__main__":
    main(sys.argv[1])
