"""The rewrite reads as a trainer writes: sentences start with a capital, someone is
introduced by full name before being called by first name, chat shorthand is written out
or deleted, never "corrected" into another word."""

from __future__ import annotations

import re

import pytest
from bundled_bad_examples import CASES, LIBRARY, rewrite_of
from test_rewrite_dev_replies import CASES as DEV_CASES
from test_rewrite_dev_replies import _case as dev_case

from coach.rephrase import rewrite
from coach.text.spelling.offline import suggest

LOWER_START = re.compile(r"(?:\b\w{4,}|\d)[.!?] +[a-zа-яё]")


@pytest.mark.parametrize(("scenario_id", "bad_id"), CASES)
def test_no_bundled_rewrite_has_a_sentence_starting_in_lower_case(scenario_id, bad_id):
    result = rewrite_of(scenario_id, bad_id)
    assert not LOWER_START.search(result.text) or not result.offered, result.text


@pytest.mark.parametrize("reply_id", DEV_CASES)
def test_no_dev_rewrite_has_a_sentence_starting_in_lower_case(reply_id):
    _, result = dev_case(reply_id)
    assert not LOWER_START.search(result.text) or not result.offered, result.text


def _rewrite(scenario_id: str, text: str):
    scenario = LIBRARY.scenarios[scenario_id]
    return rewrite(text, LIBRARY.rubrics[scenario.rubric], scenario)


def test_the_full_name_comes_before_the_first_name_alone():
    result = _rewrite(
        "angry-vip-manager-en",
        "Hi Sarah, I'm really sorry, three failures in a month is not acceptable. I've opened "
        "a review with engineering to find out why this keeps happening, and Tom will bring "
        "their findings to the call. I've asked Tom Baker, your account manager, to call you "
        "today before 4 pm. The 212 reminders that failed were resent by 10:52. obviously "
        "these things happen lol.",
    )
    assert result.offered
    assert result.text.index("Tom Baker") < result.text.index("Tom will bring")
    assert " lot" not in result.text
    assert "lol" not in result.text


@pytest.mark.parametrize(
    ("word", "language", "written"),
    [
        ("lol", "en", ""),
        ("rn", "en", "right now"),
        ("Plz", "en", "Please"),
        ("спс", "ru", "спасибо"),
        ("щас", "ru", "сейчас"),
    ],
)
def test_chat_shorthand_is_written_out_not_corrected(word, language, written):
    assert suggest(word, language) == (written,)
