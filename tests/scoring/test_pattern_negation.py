"""`skip_negated: true` gives a pattern the negation handling phrases always have."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library, score_reply

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
PROMISE = (
    "  - pattern: '\\b(?:raise|increase)\\w*\\b[^.!?\\n]{0,40}\\b(?:limit|timeout)\\b'\n"
    "    message: “%s” promises something we cannot do.\n"
    "    dimension: resolution\n"
    "    severity: critical\n"
)
REFUSAL = (
    "Hi Daniel, I understand how frustrating this is. We're not able to increase the "
    "timeout, but I can split the export into pages of 100 for you today."
)


def _scenario(tmp_path: Path, extra: str):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD.replace("avoid:\n", "avoid:\n" + PROMISE + extra, 1))
    library = load_library([bundled_rubrics_dir(), path])
    assert library.issues == []
    scenario = library.scenarios["test-api-en"]
    return scenario, library.rubrics[scenario.rubric]


def _critical_quotes(tmp_path, extra, text):
    scenario, rubric = _scenario(tmp_path, extra)
    report = score_reply(text, rubric, scenario)
    return [f.quote for f in report.findings if f.severity == "critical"], report


def test_without_the_key_a_refusal_hits_the_promise_pattern(tmp_path):
    quotes, report = _critical_quotes(tmp_path, "", REFUSAL)
    assert quotes == ["increase the timeout"]
    assert report.overall <= 30


@pytest.mark.parametrize(
    "refusal",
    [
        REFUSAL,
        "Sorry, we cannot raise the limit for one account.",
        "We will never increase the timeout for a single customer.",
        # The negation governs the whole clause, however far the match is from it.
        "I can't promise that engineering will agree to raise the limit.",
    ],
)
def test_with_skip_negated_a_refusal_is_not_a_promise(tmp_path, refusal):
    quotes, _ = _critical_quotes(tmp_path, "    skip_negated: true\n", refusal)
    assert quotes == []


@pytest.mark.parametrize(
    ("promise", "quote"),
    [
        ("Don't worry, we will increase the timeout today.", "increase the timeout"),
        # A negation in an earlier clause does not reach the match (as for phrases).
        ("It is not a problem, we can raise the limit.", "raise the limit"),
    ],
)
def test_with_skip_negated_a_promise_still_hits(tmp_path, promise, quote):
    quotes, _ = _critical_quotes(tmp_path, "    skip_negated: true\n", promise)
    assert quotes == [quote]


def test_skip_negated_on_a_phrase_is_an_error(tmp_path):
    path = tmp_path / "s.yaml"
    text = GOOD.replace(
        "  - {phrase: refund, message:", "  - {phrase: refund, skip_negated: true, message:", 1
    )
    path.write_text(text)
    (issue,) = load_library([bundled_rubrics_dir(), path]).issues
    assert str(issue) == (
        f"{path}:32:5: 'skip_negated' is for patterns only: phrases and examples always "
        "skip a negated match"
    )
