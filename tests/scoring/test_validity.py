"""The score's agreement with the rated dev set, both parts, may not silently fall.

The floors sit a little under the figures `python -m bench.validity` prints today; a change
that loses validity fails here and has to say why (or raise the floor when it gains)."""

from pathlib import Path

import pytest

from coach.scoring.evaluate import evaluate, load_rated
from coach.scoring.rated import score_rated

EVAL = Path(__file__).resolve().parents[2] / "data" / "eval"
# (Spearman, pairwise), overall and in each language. The dev part's, and the dev set's
# two parts together, meet the target (0.85, 0.90) in both languages, and so do
# fresh4 and fresh5; the held-out part alone does not yet (English pairwise 0.891). A floor
# on fresh4 and fresh5 only guards against a fall: nothing is tuned on them.
FLOORS = {
    "dev": (0.88, 0.93),
    "holdout": (0.83, 0.88),
    "fresh": (0.88, 0.94),
    "fresh2": (0.89, 0.94),
    "fresh3": (0.88, 0.93),
    "fresh4": (0.83, 0.89),
    "fresh5": (0.85, 0.91),
}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_dev_set_floor(part):
    replies = load_rated(sorted((EVAL / part).glob("*.jsonl")))
    assert len({r.lang for r in replies}) == 2
    result = evaluate(replies, score_rated)
    rho, pairwise = FLOORS[part]
    for group in ("all", "en", "ru"):
        assert result.spearman[group] >= rho, group
        assert result.pairwise[group] >= pairwise, group


def test_whole_dev_set_meets_the_target():
    """The issue's target on the dev set, both parts together (405 replies)."""
    replies = load_rated(
        sorted((EVAL / "dev").glob("*.jsonl")) + sorted((EVAL / "holdout").glob("*.jsonl"))
    )
    result = evaluate(replies, score_rated)
    for group in ("all", "en", "ru"):
        assert result.spearman[group] >= 0.87, group
        assert result.pairwise[group] >= 0.91, group


def test_no_dev_reply_with_good_boilerplate_around_a_bad_middle_reaches_60():
    """The issue's rule, on the dev part: each such reply scores under 60."""
    replies = load_rated(sorted((EVAL / "dev").glob("*.jsonl")))
    wrapped = [r for r in replies if r.kind == "boilerplate-bad"]
    assert len(wrapped) >= 50
    assert [(r.id, score_rated(r).overall) for r in wrapped if score_rated(r).overall >= 60] == []


def test_boilerplate_around_a_bad_sentence_does_not_rescue_it():
    """Trainers rate these 1-2 of 5; no amount of good phrasing around them lifts them."""
    replies = load_rated(sorted((EVAL / "dev").glob("*.jsonl")))
    wrapped = [r for r in replies if r.kind == "boilerplate-bad"]
    good = [r for r in replies if r.rating >= 4]
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    assert (
        mean([score_rated(r).overall for r in wrapped])
        < mean([score_rated(r).overall for r in good]) - 15
    )
