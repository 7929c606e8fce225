"""Key points said in other words: matched by meaning against the key point's example
sentences, never by a sentence judged negative, and explained by the example it is near."""

import pytest

from coach.content.scenario import KeyPoint
from coach.scoring import score_reply

EXAMPLE = "Your deleted project waits in the Trash for thirty days."


def _with_point(library, scenario_id, point):
    scenario = library.scenarios[scenario_id]
    copy = scenario.model_copy(update={"key_points": [point]})
    return copy, library.rubrics[scenario.rubric]


@pytest.fixture
def trash_point():
    # No phrase a reply below contains: only the example can match them.
    return KeyPoint(id="kept", description="the project is kept", examples=[EXAMPLE])


def _key_points(report):
    return [f for f in report.findings if f.check_id == "key-points"]


def test_a_close_rewording_covers_the_point_and_names_the_example(library, trash_point):
    scenario, rubric = _with_point(library, "test-api-en", trash_point)
    report = score_reply("Your deleted project waits in the trash for 30 days.", rubric, scenario)
    (finding,) = _key_points(report)
    assert finding.severity == "positive"
    assert finding.quote == "Your deleted project waits in the trash for 30 days."
    assert finding.reason == EXAMPLE


def test_a_blaming_sentence_on_the_same_subject_does_not_cover_it(library, trash_point):
    scenario, rubric = _with_point(library, "test-api-en", trash_point)
    text = "Obviously you should have looked in the Trash, deleted projects wait there, it's not rocket science."
    report = score_reply(text, rubric, scenario)
    (finding,) = _key_points(report)
    assert finding.severity != "positive"
    assert report.missing_key_points == ("kept",)


def test_an_unrelated_sentence_does_not_cover_it(library, trash_point):
    scenario, rubric = _with_point(library, "test-api-en", trash_point)
    report = score_reply("I have raised your rate limit to 200 requests.", rubric, scenario)
    assert report.missing_key_points == ("kept",)


def test_a_key_point_needs_phrases_requires_or_examples():
    with pytest.raises(ValueError, match="'phrases', 'requires' or 'examples'"):
        KeyPoint(id="empty", description="something")
    assert KeyPoint(id="ok", description="d", examples=["A sentence."]).examples == ["A sentence."]


def test_a_sentence_that_denies_the_point_does_not_cover_it(library, trash_point):
    scenario, rubric = _with_point(library, "test-api-en", trash_point)
    text = "Your deleted project does not wait in the Trash for thirty days."
    assert score_reply(text, rubric, scenario).missing_key_points == ("kept",)


def test_a_clause_free_of_the_negation_still_covers_it(library, trash_point):
    scenario, rubric = _with_point(library, "test-api-en", trash_point)
    text = "Don't panic: your deleted project waits in the Trash for thirty days."
    (finding,) = _key_points(score_reply(text, rubric, scenario))
    assert finding.severity == "positive"
    assert finding.quote == "your deleted project waits in the Trash for thirty days."


def test_an_example_that_denies_is_matched_by_a_sentence_that_denies(library):
    point = KeyPoint(id="safe", description="nothing was lost", examples=["No data was lost."])
    scenario, rubric = _with_point(library, "test-api-en", point)
    report = score_reply("None of your data was lost.", rubric, scenario)
    assert report.missing_key_points == ()


@pytest.mark.parametrize(
    ("scenario_id", "text", "covered"),
    [
        ("test-api-en", "The page size is no more than 200 rows.", True),  # a limit
        ("test-api-en", "Pages hold 200 rows, never more.", True),
        ("test-api-en", "The page size can't be 200 rows.", False),
        ("test-api-ru", "Размер страницы не больше 200 строк.", True),
        ("test-api-ru", "Размер страницы не может быть 200 строк.", False),
    ],
)
def test_a_phrase_under_a_denying_negation_does_not_cover_the_point(
    library, scenario_id, text, covered
):
    point = KeyPoint(id="limit", description="at most 200 rows", phrases=["200 rows", "200 строк"])
    scenario, rubric = _with_point(library, scenario_id, point)
    assert (score_reply(text, rubric, scenario).missing_key_points == ()) is covered
