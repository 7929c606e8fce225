"""Save a copy: a new id (and a title that says copy), every other byte of the text kept."""

from __future__ import annotations

import pytest

from coach.content.scenario_copy import copy_id, scenario_id_of, with_new_id

TEXT = """\
# Trainer's notes: keep this comment.
id: refund-en   # the id
title: 'Refund, "late"'
language: en
persona: {name: Ann, mood: calm}
examples:
  good:
    - id: warm      # not the scenario's id
"""


def test_only_the_top_level_id_and_title_change():
    copied = with_new_id(TEXT, "refund-en-copy")
    assert copied == TEXT.replace("id: refund-en ", "id: refund-en-copy ").replace(
        "title: 'Refund, \"late\"'", 'title: "Refund, \\"late\\" (copy)"'
    )


def test_a_russian_scenario_gets_a_russian_suffix():
    text = "id: a-ru\ntitle: Возврат\nlanguage: ru\n"
    assert (
        with_new_id(text, "a-ru-copy") == 'id: a-ru-copy\ntitle: "Возврат (копия)"\nlanguage: ru\n'
    )


def test_a_block_title_is_kept_as_written():
    text = "id: a\ntitle: >\n  Long\n  title\nlanguage: en\n"
    assert with_new_id(text, "b") == "id: b\ntitle: >\n  Long\n  title\nlanguage: en\n"


@pytest.mark.parametrize("text", ["id: [\n", "- id: a\n", "title: no id\n", "id: {x: 1}\n"])
def test_text_without_a_plain_top_level_id_is_not_rewritten(text):
    assert with_new_id(text, "b") is None


def test_an_invalid_new_id_is_refused():
    with pytest.raises(ValueError, match="not a valid id"):
        with_new_id(TEXT, "Not An Id")


def test_copy_ids_skip_the_taken_ones():
    assert copy_id("a", set()) == "a-copy"
    assert copy_id("a", {"a-copy", "a-copy-2"}) == "a-copy-3"


def test_the_id_is_read_from_the_top_level_only():
    assert scenario_id_of(TEXT) == "refund-en"
    assert scenario_id_of("examples: {id: x}\n") is None
    assert scenario_id_of("id: [\n") is None
