from coach.rephrase import suggest
from coach.scoring import score_reply

BLAME = "You are doing everything wrong. Here is the documentation, study it and try again."


def suggestions_for(text, library, scenario_id, check_id):
    scenario = library.scenarios[scenario_id]
    rubric = library.rubrics[scenario.rubric]
    report = score_reply(text, rubric, scenario)
    found = [s for s in suggest(text, report, rubric, scenario) if s.finding.check_id == check_id]
    return found


def test_blame_gets_the_rubric_substitution_then_trainer_sentences(library):
    (first, *_) = suggestions_for(BLAME, library, "test-api-en", "blame")
    assert first.finding.quote == "You are doing everything wrong"
    assert first.suggestions[0].text == "I see a way to optimise your approach"
    assert first.suggestions[0].source == "rubric substitution"
    assert 1 <= len(first.suggestions) <= 3
    assert all(s.source.startswith(("rubric", "trainer example: ")) for s in first.suggestions)


def test_missing_acknowledgement_is_answered_with_a_trainer_sentence(library):
    (item,) = suggestions_for(BLAME, library, "test-api-en", "acknowledge")
    assert item.suggestions[0].source == "trainer example: warm-fix"
    assert "frustrating" in item.suggestions[0].text


def test_missing_key_point_suggests_the_sentence_that_covers_it(library):
    text = "Hi Daniel, thanks for writing. I will look into it today."
    found = suggestions_for(text, library, "test-api-en", "key-points")
    by_point = {f.finding.key_point: f for f in found}
    assert "page_size" in by_point["exact-fix"].suggestions[0].text


def test_russian_suggestions_come_from_russian_examples(library):
    text = "Вы всё делаете неправильно. Вот документация, изучите её и попробуйте снова."
    (item,) = suggestions_for(text, library, "test-api-ru", "acknowledge")
    assert "Понимаю" in item.suggestions[0].text


def test_slots_in_substitutions_are_filled(library):
    text = "Dear customer, set page_size to 100. I will verify the request today."
    (item,) = suggestions_for(text, library, "test-api-en", "robotic")
    assert item.suggestions[0].text == "Hi Daniel"


def test_no_suggestions_for_an_empty_reply(library, rubric_en):
    report = score_reply("", rubric_en)
    assert suggest("", report, rubric_en, None) == []


def test_a_word_finding_gets_a_word_or_a_delete(library):
    from coach.rephrase import suggestion_label

    text = "Hi Daniel, obviously the page_size must be 200. I will check the logs today."
    found = suggestions_for(text, library, "test-api-en", "condescension")
    (item,) = [f for f in found if f.finding.quote.lower() == "obviously"]
    # No trainers' sentence for one word: only the substitution, here a deletion.
    assert [s.text for s in item.suggestions] == [""]
    assert suggestion_label(item.suggestions[0], item.finding, "en") == "Delete “obviously”"
    assert suggestion_label(item.suggestions[0], item.finding, "ru") == "Удалить «obviously»"


def test_long_menu_entries_are_cut_at_a_word_boundary():
    from coach.rephrase import elide

    text = "Let's make a few small adjustments to the request parameters together today"
    short = elide(text, 30)
    assert short.endswith("…")
    assert len(short) <= 30
    assert text.startswith(short[:-1])
    assert text[len(short) - 1] == " "  # the cut falls between words
    assert elide("Short enough", 30) == "Short enough"


def test_suggestions_key_on_check_type_and_position_not_on_check_ids(tmp_path):
    """A rubric that names its greeting check `opening` and its name check `use-name`
    gets the same help: a greeting sentence, placed at the start for the missing opening."""
    from pathlib import Path

    from coach.paths import bundled_rubrics_dir
    from coach.scoring import load_library

    rubric = (bundled_rubrics_dir() / "support-en.yaml").read_text(encoding="utf-8")
    for old, new in [
        ("id: support-en", "id: renamed-en"),
        ("  - id: greeting\n", "  - id: opening\n"),
        ("  - id: customer-name\n", "  - id: use-name\n"),
    ]:
        assert old in rubric
        rubric = rubric.replace(old, new, 1)
    (tmp_path / "renamed-en.yaml").write_text(rubric, encoding="utf-8")
    scenario = (Path(__file__).parent.parent / "data/scenarios/api-en.yaml").read_text("utf-8")
    scenario = scenario.replace("rubric: support-en", "rubric: renamed-en", 1)
    (tmp_path / "scenario.yaml").write_text(scenario, encoding="utf-8")
    library = load_library([tmp_path])
    assert not library.issues, [str(i) for i in library.issues]

    (opening,) = suggestions_for(BLAME, library, "test-api-en", "opening")
    assert opening.at_start
    assert opening.suggestions[0].text.startswith("Hi Daniel")
    (name,) = suggestions_for(BLAME, library, "test-api-en", "use-name")
    assert not name.at_start  # a name check has no position; only the move says where
    assert name.suggestions[0].text.startswith("Hi Daniel")
    (acknowledge,) = suggestions_for(BLAME, library, "test-api-en", "acknowledge")
    assert not acknowledge.at_start
