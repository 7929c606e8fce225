"""`make bench`: scoring speed figures (a benchmark, not a test: it prints, never fails).

- first call in a fresh process, lazy loads included (en and ru);
- median time to score a 150-word reply with the offline back end, after warm-up;
- median time to judge a 150-word reply with an empty sentence cache (every sentence
  embedded), and the cache's hit rate over the batch;
- throughput of `coach score --batch` in replies per second (one process, so one core),
  over distinct replies.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.replies import make_reply
from coach.content.library import Library
from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library, score_reply
from coach.text.embedding import shared_encoder

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "data" / "scenarios"
BATCH = 1000

FIRST_CALL = """
import time
t0 = time.perf_counter()
from coach.scoring import default_rubric, score_reply
from bench.replies import make_reply
report = score_reply(make_reply("{lang}", 1), default_rubric("{lang}"))
print(time.perf_counter() - t0)
"""


def first_call(language: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_CALL.format(lang=language)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    library = load_library([bundled_rubrics_dir(), SCENARIOS])
    print("Reply Coach scoring benchmark (offline spelling back end)")
    for language in ("en", "ru"):
        print(f"\n[{language}]")
        runs = [first_call(language) for _ in range(3)]
        print(
            f"  first call in a fresh process: {min(runs) * 1000:7.0f} ms (best of 3, "
            f"worst {max(runs) * 1000:.0f} ms)"
        )
        scenario = library.scenarios[f"test-api-{language}"]
        rubric = library.rubrics[scenario.rubric]
        # Warm-up on other replies, then time distinct texts: a keystroke changes the text,
        # so per-text caches must not flatter the figure.
        for seed in range(10_000, 10_050):
            score_reply(make_reply(language, seed), rubric, scenario)
        texts = [make_reply(language, seed) for seed in range(20_000, 20_300)]
        words = statistics.median(len(t.split()) for t in texts)
        timings = []
        for text in texts:
            t0 = time.perf_counter()
            score_reply(text, rubric, scenario)
            timings.append(time.perf_counter() - t0)
        print(
            f"  median per {words:.0f}-word reply (warm, distinct texts): "
            f"{statistics.median(timings) * 1000:6.2f} ms"
        )
        encoder = shared_encoder()
        hit_rate = encoder.hit_rate()
        cold = []
        for text in texts[:100]:
            encoder.clear()
            t0 = time.perf_counter()
            score_reply(text, rubric, scenario)
            cold.append(time.perf_counter() - t0)
        print(f"  sentence cache hit rate while scoring them: {hit_rate:.0%}")
        print(
            f"  median per {words:.0f}-word reply, every sentence embedded (cold cache): "
            f"{statistics.median(cold) * 1000:6.2f} ms"
        )
        rate = batch_rate(language)
        print(f"  `coach score --batch`, {BATCH:,} distinct replies: {rate:7.0f} replies/s")


def batch_rate(language: str) -> float:
    """Replies per second of the real batch command, one process (so one core).

    Two runs, of one line and of BATCH + 1 lines: the difference excludes process start-up
    and content loading, and includes reading, scoring and writing each line."""
    scenario = SCENARIOS / f"api-{language}.yaml"
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        seconds = []
        for count in (1, BATCH + 1):
            source = Path(tmp) / "in.jsonl"
            with source.open("w", encoding="utf-8") as handle:
                for seed in range(1, count + 1):
                    line = {"id": seed, "text": make_reply(language, seed)}
                    handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            command = [sys.executable, "-m", "coach", "score", "--scenario", str(scenario)]
            command += ["--batch", str(source), "--out", str(Path(tmp) / "out.jsonl")]
            t0 = time.perf_counter()
            subprocess.run(command, check=True, cwd=ROOT, env=_offline_env())
            seconds.append(time.perf_counter() - t0)
        return BATCH / (seconds[1] - seconds[0])


def _offline_env() -> dict[str, str]:
    """This environment without a LanguageTool configuration: the offline back end."""
    return {k: v for k, v in os.environ.items() if not k.startswith("COACH_LANGUAGETOOL")}


def rephrase_figures() -> None:
    """Suggestions and rewrites over every bad example of the bundled library."""
    from coach.paths import bundled_scenarios_dir  # noqa: PLC0415
    from coach.rephrase import rewrite, suggest  # noqa: PLC0415

    library = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
    cases = [
        (scenario, library.rubrics[scenario.rubric], bad.text)
        for scenario in library.scenarios.values()
        for bad in scenario.examples.bad
    ]
    if not cases:
        return
    for scenario, rubric, text in cases:  # warm-up: trainer libraries built once each
        rewrite(text, rubric, scenario)
    suggest_times, rewrite_times = [], []
    for scenario, rubric, text in cases * 3:
        report = score_reply(text, rubric, scenario)
        t0 = time.perf_counter()
        suggest(text, report, rubric, scenario)
        suggest_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rewrite(text, rubric, scenario)
        rewrite_times.append(time.perf_counter() - t0)
    print(f"\n[rephrase] over {len(cases)} bad examples of the bundled library")
    print(f"  per-finding suggestions, median: {statistics.median(suggest_times) * 1000:6.2f} ms")
    median_rewrite = statistics.median(rewrite_times) * 1000
    print(f"  full rewrite (incl. 2-3 scorings), median: {median_rewrite:6.2f} ms")
    rewrite_150_words(library)


def rewrite_150_words(library: Library) -> None:
    """Issue 15's figure: the median time to rewrite a 150-word reply, judgement included
    (target < 150 ms). Distinct texts, so no per-text cache flatters it; a printed figure,
    never a failure."""
    from coach.rephrase import rewrite  # noqa: PLC0415

    for language in ("en", "ru"):
        scenario = library.scenarios[f"api-params-vip-{language}"]
        rubric = library.rubrics[scenario.rubric]
        for seed in range(30_000, 30_005):  # warm-up: encoder, trainer library
            rewrite(make_reply(language, seed), rubric, scenario)
        texts = [make_reply(language, seed) for seed in range(31_000, 31_030)]
        words = statistics.median(len(t.split()) for t in texts)
        timings = []
        for text in texts:
            t0 = time.perf_counter()
            rewrite(text, rubric, scenario)
            timings.append(time.perf_counter() - t0)
        median = statistics.median(timings) * 1000
        print(
            f"  rewrite of a {words:.0f}-word reply [{language}], median of {len(texts)}: "
            f"{median:6.1f} ms (target < 150 ms)"
        )


if __name__ == "__main__":
    main()
    rephrase_figures()
