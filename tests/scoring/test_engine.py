import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.scoring import ScoreReport, score_reply
from coach.scoring.branching import next_turn

BLAME_EN = "You are doing everything wrong. Here is the documentation, study it and try again."
TRAINER_EN = (
    "I see a way to optimise your approach. Let's make a few small adjustments to the "
    "request parameters together — that will noticeably improve the result."
)
BLAME_RU = "Вы всё делаете неправильно. Вот документация, изучите её и попробуйте снова."
TRAINER_RU = (
    "Я вижу, как можно оптимизировать ваш подход. Давайте вместе внесём пару небольших "
    "изменений в параметры запроса — это заметно улучшит результат."
)


@pytest.mark.parametrize(
    ("language", "blame", "trainer"), [("en", BLAME_EN, TRAINER_EN), ("ru", BLAME_RU, TRAINER_RU)]
)
def test_trainer_rephrasing_beats_the_blame_reply(library, language, blame, trainer):
    """The design's canonical case. The trainer's one-line rephrasing is no acknowledgement
    by itself ("I see a way" is not "I see how hard this is"), so empathy is compared on
    the full trainer reply, tone on the rephrasing alone."""
    scenario = library.scenarios[f"test-api-{language}"]
    rubric = library.rubrics[scenario.rubric]
    bad = score_reply(blame, rubric, scenario)
    rephrased = score_reply(trainer, rubric, scenario)
    good = score_reply(scenario.examples.good[0].text, rubric, scenario)
    assert good.dimensions["empathy"] - bad.dimensions["empathy"] >= 50
    assert rephrased.dimensions["tone"] - bad.dimensions["tone"] >= 40
    assert rephrased.overall > bad.overall
    assert good.overall > bad.overall + 50


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_reply_scores_zero_with_a_clear_finding(rubric_en, text):
    report = score_reply(text, rubric_en)
    assert report.overall == 0
    assert report.findings[0].check_id == "empty-reply"
    assert "empty" in report.findings[0].message


def test_repeating_empathy_does_not_raise_the_score(library, api_en):
    rubric = library.rubrics["support-en"]
    base = "Hi Daniel, set page_size to 100 and I will verify the request today."
    once = score_reply(base + " I understand how frustrating this is.", rubric, api_en)
    five = score_reply(base + " I understand how frustrating this is." * 5, rubric, api_en)
    assert five.dimensions["empathy"] <= once.dimensions["empathy"]
    assert five.overall < once.overall


def test_adding_an_acknowledgement_raises_empathy(rubric_en, api_en):
    base = "Hi Daniel, set page_size to 100 and I will verify the request today."
    plain = score_reply(base, rubric_en, api_en)
    warmer = score_reply("I understand how frustrating this is. " + base, rubric_en, api_en)
    assert warmer.dimensions["empathy"] > plain.dimensions["empathy"]


def test_huge_paste_is_scored_and_flagged_as_too_long(rubric_en, api_en):
    text = ("Thanks for waiting, we are looking into the export. " * 2000)[:100_000]
    report = score_reply(text, rubric_en, api_en)
    assert 0 <= report.overall <= 100
    (length,) = [f for f in report.findings if f.check_id == "length"]
    assert "Too long for email" in length.message


def test_report_round_trips_through_json(rubric_en, api_en):
    report = score_reply(BLAME_EN + " Your card 4111 1111 1111 1111.", rubric_en, api_en)
    again = ScoreReport.from_json(report.to_json())
    assert again == report
    data = report.to_dict()
    assert set(data) >= {"overall", "band", "dimensions", "findings"}
    assert set(data["dimensions"]) == {"empathy", "clarity", "tone", "resolution"}


def test_findings_spans_point_at_the_quoted_text(rubric_ru, api_ru):
    text = "Привет 👋🏽! " + BLAME_RU
    report = score_reply(text, rubric_ru, api_ru)
    spans = [f for f in report.findings if f.has_span]
    assert spans
    for finding in spans:
        assert text[finding.start : finding.end] == finding.quote


def test_branching_follows_the_previous_reply(library, api_en):
    rubric = library.rubrics["support-en"]
    cold = score_reply(BLAME_EN, rubric, api_en)
    warm = score_reply(api_en.examples.good[0].text, rubric, api_en)
    assert next_turn(api_en, 0, cold, cold.missing_key_points).id == "escalates"
    assert next_turn(api_en, 0, warm, warm.missing_key_points).id == "follow-up"
    assert next_turn(api_en, 1, warm, ()) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_scores_within_bounds(library, text):
    for scenario_id in ("test-api-en", "test-api-ru"):
        scenario = library.scenarios[scenario_id]
        report = score_reply(text, library.rubrics[scenario.rubric], scenario)
        assert 0 <= report.overall <= 100
        assert all(0 <= v <= 100 for v in report.dimensions.values())
        for finding in report.findings:
            if finding.has_span:
                assert 0 <= finding.start <= finding.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, your new password: {0} works now.",
        "The password={name.first} is set.",
        "Temporary password: { — change it today!!",
    ],
)
def test_braces_in_quoted_reply_text_are_text(library, text):
    # Findings quote the reply into their message; its braces must not be read as
    # format fields ("password: {0}" used to crash scoring on that keystroke).
    scenario = library.scenarios["test-api-en"]
    report = score_reply(text, library.rubrics[scenario.rubric], scenario)
    quoted = [f for f in report.findings if f.quote and "{" in f.quote]
    assert quoted, [f.message for f in report.findings]
    assert all(f.quote in f.message for f in quoted if "%s" in _template(library, f))


def _template(library, finding):
    rubric = library.rubrics["support-en"]
    check = rubric.check_index.get(finding.check_id)
    return check.message if check else ""


FRAGMENTS = [
    "Hi Daniel,",
    "password:",
    "your password is",
    "{0}",
    "{name}",
    "{",
    "}",
    "%s",
    "page_size=500",
    "I understand.",
    "You are doing everything wrong",
    "!!",
    "NOT ACCEPTABLE",
    "calm down",
    "4111 1111 1111 1111",
    "Спасибо, Ольга!",
    "\n",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
def test_any_mix_of_support_phrases_and_markup_scores_within_bounds(library, text):
    for scenario_id in ("test-api-en", "test-api-ru"):
        scenario = library.scenarios[scenario_id]
        report = score_reply(text, library.rubrics[scenario.rubric], scenario)
        assert 0 <= report.overall <= 100
        for finding in report.findings:
            if finding.has_span:
                assert text[finding.start : finding.end] == finding.quote
