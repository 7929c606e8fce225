"""Validity figures: how well the score agrees with the rated dev set, every part.

`python -m bench.validity` (also in `make bench` and `make evaluate`). The dev part is what
the judgement may be tuned on; the held-out part is never looked at while tuning. `fresh`,
`fresh2` and `fresh3` (224, 160 and 160 replies by other writers) were one-time
measurements and are now tuned on too (their replies' sentences are in the role corpus);
`fresh4` and `fresh5` are one-time measurements nothing is tuned on (see each folder's
README).
"""

from __future__ import annotations

import sys
from pathlib import Path

from coach.scoring.evaluate import evaluate, format_evaluation, load_rated
from coach.scoring.rated import score_rated

ROOT = Path(__file__).resolve().parent.parent / "data" / "eval"
PARTS = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5")


def main() -> int:
    for part in PARTS:
        replies = load_rated(sorted((ROOT / part).glob("*.jsonl")))
        if not replies:
            continue
        result = evaluate(replies, score_rated)
        print(format_evaluation(result, title=f"[{part}] "))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
