"""`shares`: clarity counts the key points and the next step, as the rating guide's
"easy to act on: exact values and steps" does, without repeating their findings."""

from dataclasses import replace

from coach.scoring import score_reply


def scores(report):
    return {c.check_id: c.score for c in report.checks}


def test_clarity_takes_the_key_points_and_next_step_scores_without_their_findings(library):
    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    good = scenario.examples.good[0].text
    vague = "Hi Daniel, thanks for writing. We are looking into your request."
    for text in (good, vague):
        report = score_reply(text, rubric, scenario)
        got = scores(report)
        assert got["specifics"] == got["key-points"]
        assert got["actionable"] == got["next-step"]
        assert not [f for f in report.findings if f.check_id in ("specifics", "actionable")]
    assert (
        score_reply(good, rubric, scenario).dimensions["clarity"]
        > score_reply(vague, rubric, scenario).dimensions["clarity"]
    )


def test_without_a_scenario_there_are_no_key_points_to_share(library):
    rubric = library.rubrics["support-en"]
    report = score_reply("Hi, I have reset your password and will check again at 3 pm.", rubric)
    assert scores(report)["specifics"] is None


def test_it_runs_the_named_check_when_that_one_comes_later(library):
    scenario = library.scenarios["test-api-en"]
    rubric = library.rubrics[scenario.rubric]
    shares_first = sorted(rubric.checks, key=lambda c: c.type != "shares")
    text = "Hi Daniel, use page_size=100; I will verify the request today."
    in_order = scores(score_reply(text, rubric, scenario))
    reordered = scores(score_reply(text, replace(rubric, checks=tuple(shares_first)), scenario))
    assert reordered == in_order
