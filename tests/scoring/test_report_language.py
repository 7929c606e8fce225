"""A Russian report speaks Russian: every message comes from the rubric in the reply's
language, so no finding carries English prose (quotes of the reply and code aside)."""

import re
from pathlib import Path

from coach.scoring.evaluate import load_rated
from coach.scoring.rated import score_rated

EVAL = Path(__file__).resolve().parents[2] / "data" / "eval"
# Two Latin words in a row outside the quoted reply is English prose, and so is a Latin
# word introducing the message ("Good: …").
LATIN_PROSE = re.compile(r"\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\b|^\W*[A-Za-z]{2,}:")


def test_russian_reports_have_no_english_prose():
    replies = [r for r in load_rated(sorted(EVAL.glob("*/ru.jsonl")))]
    assert len(replies) > 100
    offenders = []
    for reply in replies:
        for finding in score_rated(reply).findings:
            prose = (
                finding.message.replace(finding.quote, " ") if finding.quote else finding.message
            )
            for suggestion in finding.suggestions:
                prose = prose.replace(suggestion.text, " ")
            if LATIN_PROSE.search(prose):
                offenders.append((finding.check_id, finding.message))
    assert offenders == []
