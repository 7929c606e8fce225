"""Scoring leaves no work for the garbage collector, and bulk settings are undone."""

from __future__ import annotations

import gc

import pytest

from coach.scoring import score_reply
from coach.scoring.heap import YOUNG_THRESHOLD, bulk_scoring

REPLIES = {
    "en": "Hi Daniel, I understand, and I'm sorry: it isn't your fault. I will fix the "
    "page_size today and write back by 3 pm. You are doing everything wrong!!",
    "ru": "Здравствуйте, Ольга! Понимаю, это не ваша вина. Я исправлю page_size сегодня и "
    "напишу до 15:00. Вы всё делаете неправильно!!",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_scoring_creates_no_reference_cycles(language, library):
    # A cycle (e.g. a cache inside the analysis pointing back at it) leaves every reply's
    # analysis to the collector, which made bulk scoring a third slower.
    scenario = library.scenarios[f"test-api-{language}"]
    rubric = library.rubrics[scenario.rubric]
    score_reply(REPLIES[language], rubric, scenario)  # lexicons and caches built
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for n in range(100):  # more than the analysis cache holds, so some are freed
            score_reply(f"{REPLIES[language]} {n}", rubric, scenario)
        assert gc.collect() == 0
        assert gc.garbage == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_bulk_scoring_restores_the_collector_settings():
    before = gc.get_threshold()
    with bulk_scoring():
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
