"""`sentence_lean`: a sentence the heads hear as negative without a clear role costs tone
points in proportion, as a minor finding; what the role checks judge is not counted twice.
(Sentences written for these tests.)"""

import numpy as np
import pytest
from pydantic import ValidationError

from coach.scoring import score_reply
from coach.scoring.checks.sentence_lean import Params
from coach.scoring.judgement.heads import load_heads
from coach.scoring.judgement.judge import JudgedSentence, Judgement
from coach.scoring.judgement.roles import ROLES
from coach.text.analysis import analyze


def lean_of(library, language, text):
    scenario = library.scenarios[f"test-api-{language}"]
    report = score_reply(text, library.rubrics[scenario.rubric], scenario)
    (check,) = [c for c in report.checks if c.check_id == "judged-lean"]
    found = [f for f in report.findings if f.check_id == "judged-lean"]
    return check.score, found, report


@pytest.mark.parametrize(
    ("language", "text", "sentence"),
    [
        (
            "en",
            "Hi Tom, I've raised your page size to the allowed 200. Honestly, tickets "
            "written in that tone tend to sit at the bottom of the pile.",
            "Honestly, tickets written in that tone tend to sit at the bottom of the pile.",
        ),
        (
            "ru",
            "Здравствуйте, Дмитрий! Лимит page_size — 200 записей. Скажу честно: письма в "
            "таком тоне обычно не ускоряют ответ.",
            "Скажу честно: письма в таком тоне обычно не ускоряют ответ.",
        ),
    ],
)
def test_a_sentence_heard_as_negative_without_a_clear_role_costs_tone(
    library, language, text, sentence
):
    score, found, report = lean_of(library, language, text)
    assert [f.quote for f in found] == [sentence]
    (finding,) = found
    assert finding.severity == "minor"
    assert 0.6 <= (finding.confidence or 0) < 0.85
    assert finding.role in ("blame", "condescension", "dismissal", "unprofessional")
    assert finding.reason  # the nearest corpus example of that role
    assert score is not None
    assert 0.0 < score < 1.0
    assert "judged-lean" not in report.capped_by
    # The message is the rubric's, in the reply's language.
    assert ("может прозвучать" in finding.message) == (language == "ru")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hi Tom, thanks for your patience while we looked into this. The limit is 200."),
        ("ru", "Здравствуйте, Дмитрий! Спасибо, что дождались ответа. Лимит — 200 записей."),
    ],
)
def test_a_kind_reply_has_no_lean(library, language, text):
    score, found, _ = lean_of(library, language, text)
    assert (score, found) == (1.0, [])  # found nothing: left out of tone


def test_what_the_role_checks_judge_is_not_counted_again(library):
    text = "Well, the settings page has been there the whole time."
    score, found, report = lean_of(library, "en", text)
    assert (score, found) == (1.0, [])
    assert [f.quote for f in report.findings if f.check_id == "judged-blame"] == [text]


def _judged(text: str, negativity: float, strongest: float) -> Judgement:
    """A judgement of one sentence with the given negativity and condescension."""
    probabilities = dict.fromkeys(ROLES, 0.0)
    probabilities["condescension"] = strongest
    vector = np.zeros(512, dtype=np.float32)
    sentence = JudgedSentence(0, len(text), text, vector, probabilities, negativity)
    return Judgement((sentence,), vector[None, :], load_heads(), "en")


@pytest.mark.parametrize(
    ("negativity", "strongest", "score"),
    [
        (0.5, 0.0, None),  # below lean_from: nothing
        (0.6, 0.0, 1.0),  # where it starts: listed, costs nothing yet
        (0.725, 0.1, 0.5),  # half way: half the penalty
        (0.95, 0.1, 0.0),  # no role behind it: the whole penalty
        (0.95, 0.5, None),  # a role behind it: the role checks' to judge
        (0.7, 0.9, None),  # a role head sure of it: the role checks' too
    ],
)
def test_the_cost_grows_with_the_lean(library, negativity, strongest, score):
    from coach.scoring.checks import sentence_lean
    from coach.scoring.context import CheckContext

    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    (check,) = [c for c in rubric.checks if c.id == "judged-lean"]
    # Analyses are cached by text: each case needs its own.
    text = f"A sentence the heads put at {negativity} and {strongest}."
    analysis = analyze(text, "en")
    analysis.memo("judgement", lambda _: _judged(text, negativity, strongest))
    ctx = CheckContext(analysis, rubric, scenario, None, frozenset(), checks={})
    result = sentence_lean.run(check, ctx)
    if score is None:
        assert result.findings == []
    else:
        assert result.score == pytest.approx(score)
        assert len(result.findings) == 1


def test_full_at_must_be_above_lean_from():
    with pytest.raises(ValidationError, match="full_at"):
        Params(lean_from=0.8, full_at=0.7)
