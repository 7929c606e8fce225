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


def test_the_why_of_a_judged_finding_is_a_sentence_in_the_replys_language():
    replies = [r for r in load_rated(sorted(EVAL.glob("*/*.jsonl"))) if r.rating <= 2]
    reasons = {"en": [], "ru": []}
    for reply in replies:
        for finding in score_rated(reply).findings:
            if finding.check_id.startswith("judged-") and finding.reason:
                reasons[reply.lang].append(finding.reason)
    assert len(reasons["en"]) > 20
    assert len(reasons["ru"]) > 20
    assert [r for r in reasons["ru"] if not re.search("[а-яё]", r, re.IGNORECASE)] == []
    assert [r for r in reasons["en"] if re.search("[а-яё]", r, re.IGNORECASE)] == []
