"""`coach evaluate`'s figures, on tables small enough to check by hand."""

import json

import pytest

from coach.scoring.evaluate import (
    RatedFileError,
    RatedReply,
    Scored,
    load_rated,
    pairwise_accuracy,
    spearman,
)
from coach.scoring.report import ScoreReport


def report(overall: float) -> ScoreReport:
    return ScoreReport(overall=overall, band="", dimensions={}, findings=())


@pytest.mark.parametrize(
    ("xs", "ys", "expected"),
    [
        ([1, 2, 3, 4], [10, 20, 30, 40], 1.0),
        ([1, 2, 3, 4], [40, 30, 20, 10], -1.0),
        ([1, 2, 2, 3], [1, 2, 3, 4], 0.949),  # ties share their mean rank
        ([1, 1, 1], [1, 2, 3], None),
    ],
)
def test_spearman(xs, ys, expected):
    assert spearman(xs, ys) == expected


def test_pairwise_counts_only_pairs_within_a_case_with_different_ratings():
    def scored(id_, case, rating, overall):
        return Scored(RatedReply(id_, "t", "en", rating, case=case), report(overall))

    result = pairwise_accuracy(
        [
            scored("a", "x", 5, 80),
            scored("b", "x", 1, 30),  # right
            scored("c", "x", 1, 90),  # wrong against a, tie-free against b: equal ratings
            scored("d", "y", 4, 50),
            scored("e", "y", 2, 50),  # a tie in score counts half
        ]
    )
    assert result == (round((1 + 0 + 0.5) / 3, 3), 3)


def test_a_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "rated.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "x", "lang": "en", "rating": 3}) + "\n{oops\n")
    with pytest.raises(RatedFileError, match=r"rated.jsonl:2"):
        load_rated([path])
