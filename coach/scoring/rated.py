"""Score a rated reply as the app would: with its scenario and that scenario's rubric from
the bundled content, or the default rubric of its language when it names no scenario."""

from __future__ import annotations

from functools import cache

from coach.content.library import Library
from coach.errors import ContentError
from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.scoring.engine import score_reply
from coach.scoring.evaluate import RatedReply
from coach.scoring.library import load_library
from coach.scoring.report import ScoreReport
from coach.text.languages import find_profile


@cache
def _bundled() -> Library:
    return load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])


def score_rated(reply: RatedReply, library: Library | None = None) -> ScoreReport:
    library = library or _bundled()
    if reply.scenario:
        scenario = library.scenarios.get(reply.scenario)
        if scenario is None:
            raise ContentError(f"{reply.id}: unknown scenario {reply.scenario!r}")
        return score_reply(reply.text, library.rubrics[scenario.rubric], scenario)
    language = find_profile(reply.lang)
    rubric_id = language.default_rubric if language is not None else None
    if rubric_id is None or rubric_id not in library.rubrics:
        raise ContentError(f"{reply.id}: no default rubric for language {reply.lang!r}")
    return score_reply(reply.text, library.rubrics[rubric_id])
