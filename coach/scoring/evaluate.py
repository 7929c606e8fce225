"""How well the score agrees with trainers' ratings: `coach evaluate RATED.jsonl`.

Each line is `{"id", "text", "lang", "scenario"?, "case"?, "rating" (1-5),
"dimensions"? {name: 1-5}}`. The figures are the ones trainers care about: rank
correlation of the overall score with the rating (all, and per language), how often two
replies of the same case are put in the trainers' order, per-dimension correlation, and
the replies where score and rating disagree most.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from coach.errors import CoachError
from coach.scoring.report import ScoreReport


class RatedFileError(CoachError):
    """A rated-reply line that cannot be used; names the file and line."""


@dataclass(frozen=True)
class RatedReply:
    id: str
    text: str
    lang: str
    rating: float
    scenario: str | None = None
    case: str | None = None
    dimensions: dict[str, float] = field(default_factory=dict)
    kind: str = ""


@dataclass(frozen=True)
class Scored:
    reply: RatedReply
    report: ScoreReport


@dataclass(frozen=True)
class Evaluation:
    count: int
    spearman: dict[str, float | None]  # "all", and each language
    pairwise: dict[str, float | None]
    pairs: int
    dimensions: dict[str, float | None]
    worst: list[tuple[str, float, float, str]]  # id, rating, overall, text start

    def to_dict(self) -> dict[str, object]:
        return {
            "count": self.count,
            "spearman": self.spearman,
            "pairwise": self.pairwise,
            "pairs": self.pairs,
            "dimensions": self.dimensions,
            "worst": [{"id": i, "rating": r, "overall": o, "text": t} for i, r, o, t in self.worst],
        }


def load_rated(paths: Iterable[Path]) -> list[RatedReply]:
    """Every rated reply in `paths`, in order; a malformed line raises with file:line."""
    replies: list[RatedReply] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise RatedFileError(f"{path}: cannot read ({exc})") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                replies.append(
                    RatedReply(
                        id=str(item["id"]),
                        text=str(item["text"]),
                        lang=str(item["lang"]),
                        rating=float(item["rating"]),
                        scenario=item.get("scenario"),
                        case=item.get("case") or item.get("scenario"),
                        dimensions={k: float(v) for k, v in item.get("dimensions", {}).items()},
                        kind=str(item.get("kind", "")),
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise RatedFileError(f"{path}:{number}: not a rated reply ({exc})") from exc
    return replies


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation (ties averaged); None when it is undefined."""
    if len(xs) < 3:
        return None
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return None
    return round(float(cov / (vx * vy) ** 0.5), 3)


def pairwise_accuracy(scored: Sequence[Scored]) -> tuple[float | None, int]:
    """Share of same-case pairs with different ratings that the score orders the same
    way (a tie in score counts half)."""
    by_case: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_case[s.reply.case or s.reply.id].append(s)
    right = 0.0
    total = 0
    for group in by_case.values():
        for a, b in combinations(group, 2):
            if a.reply.rating == b.reply.rating:
                continue
            total += 1
            d_rating = a.reply.rating - b.reply.rating
            d_score = a.report.overall - b.report.overall
            if d_score == 0:
                right += 0.5
            elif (d_score > 0) == (d_rating > 0):
                right += 1
    return (round(right / total, 3) if total else None), total


def evaluate(
    replies: Sequence[RatedReply], score: Callable[[RatedReply], ScoreReport]
) -> Evaluation:
    scored = [Scored(r, score(r)) for r in replies]
    languages = sorted({s.reply.lang for s in scored})
    groups = {
        "all": scored,
        **{lang: [s for s in scored if s.reply.lang == lang] for lang in languages},
    }
    rho = {
        name: spearman([s.report.overall for s in g], [s.reply.rating for s in g])
        for name, g in groups.items()
    }
    pairwise: dict[str, float | None] = {}
    pairs = 0
    for name, g in groups.items():
        pairwise[name], count = pairwise_accuracy(g)
        if name == "all":
            pairs = count
    names = sorted({d for s in scored for d in s.reply.dimensions})
    dimensions = {}
    for name in names:
        rated = [s for s in scored if name in s.reply.dimensions and name in s.report.dimensions]
        dimensions[name] = spearman(
            [s.report.dimensions[name] for s in rated], [s.reply.dimensions[name] for s in rated]
        )
    # Disagreement: how far the score's rank sits from the rating's rank, in [0, 1].
    n = len(scored)
    score_ranks = _ranks([s.report.overall for s in scored])
    rating_ranks = _ranks([s.reply.rating for s in scored])
    order = sorted(range(n), key=lambda i: -abs(score_ranks[i] - rating_ranks[i]))
    worst = [
        (
            scored[i].reply.id,
            scored[i].reply.rating,
            scored[i].report.overall,
            " ".join(scored[i].reply.text.split())[:90],
        )
        for i in order[:10]
    ]
    return Evaluation(n, rho, pairwise, pairs, dimensions, worst)


def format_evaluation(result: Evaluation, title: str = "") -> str:
    def num(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.3f}"

    lines = [f"{title}{result.count} rated replies, {result.pairs} same-case pairs"]
    for name in result.spearman:
        lines.append(
            f"  {name:4} Spearman {num(result.spearman[name])}   "
            f"pairwise {num(result.pairwise[name])}"
        )
    if result.dimensions:
        lines.append(
            "  per dimension: "
            + ", ".join(f"{k} {num(v).strip()}" for k, v in result.dimensions.items())
        )
    lines.append("  worst disagreements (id, rating, score):")
    for id_, rating, overall, text in result.worst:
        lines.append(f"    {id_:34} {rating:.0f}  {overall:5.1f}  {text}")
    return "\n".join(lines)
