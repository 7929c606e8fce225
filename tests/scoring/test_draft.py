"""The workbench's core: an unsaved buffer validated and selftested like a saved file."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.paths import bundled_scenarios_dir, package_data_dir
from coach.scoring.draft import DraftChecker, selftest_draft

BUNDLED = bundled_scenarios_dir() / "en" / "api-params-vip-en.yaml"


@pytest.fixture(scope="module")
def checker():
    return DraftChecker()


def test_an_unchanged_bundled_buffer_is_valid_and_does_not_clash_with_its_own_file(checker):
    check = checker.check(BUNDLED.read_text(encoding="utf-8"), BUNDLED)
    assert check.errors == []
    assert check.scenario is not None
    assert check.scenario.id == "api-params-vip-en"
    # The same hash the saved file gets, so attempts name the same content.
    assert check.scenario.content_hash == checker._read_saved(BUNDLED).content_hash


def test_a_typo_in_the_buffer_is_located_in_the_buffer_not_the_file_on_disk(checker):
    text = BUNDLED.read_text(encoding="utf-8").replace("\npersona:", "\npersnoa:", 1)
    line = text[: text.index("persnoa:")].count("\n") + 1
    check = checker.check(text, BUNDLED)
    assert check.scenario is None
    assert selftest_draft(check) is None
    messages = [(i.line, i.column, i.message) for i in check.errors]
    assert (line, 1, "unknown key 'persnoa' (did you mean 'persona'?)") in messages
    # The file itself is untouched, and still loads from disk.
    assert "persnoa" not in BUNDLED.read_text(encoding="utf-8")


def test_a_yaml_syntax_error_gets_the_same_advice_as_validate(checker):
    text = BUNDLED.read_text(encoding="utf-8").replace("  mood:", "   mood:", 1)
    line = text[: text.index("   mood:")].count("\n") + 1
    (issue,) = checker.check(text, BUNDLED).errors
    assert (issue.line, issue.column) == (line, 4)
    assert issue.message.startswith("indentation: this line is indented more than the key")


def test_a_new_file_reusing_a_bundled_id_is_a_duplicate(checker, tmp_path):
    new = tmp_path / "mine.yaml"  # not on disk: a scenario not saved yet
    (issue,) = checker.check(BUNDLED.read_text(encoding="utf-8"), new).errors
    assert issue.path == new
    assert issue.message.startswith("duplicate scenario id 'api-params-vip-en' (also defined at ")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_new_scenario_templates_validate_and_pass_selftest(checker, tmp_path, language):
    text = (package_data_dir() / "templates" / f"scenario-{language}.yaml").read_text("utf-8")
    check = checker.check(text, tmp_path / "new.yaml")
    assert (check.errors, check.warnings) == ([], [])
    result = selftest_draft(check)
    assert result is not None
    assert result.problems == []
    assert all(example.passed for example in result.examples)


def test_selftest_marks_the_examples_a_problem_names(checker, tmp_path):
    text = (package_data_dir() / "templates" / "scenario-en.yaml").read_text("utf-8")
    # A bad example said to fail on empathy that is all empathy: only it fails.
    broken = text.replace("fails: [tone, resolution]", "fails: [empathy]").replace(
        "text: You used up your exports. Read the pricing page next time.",
        "text: Hi Maria, I understand how stressful this is, and I am sorry.",
    )
    result = selftest_draft(checker.check(broken, tmp_path / "new.yaml"))
    assert result is not None
    verdicts = {e.example_id: e.passed for e in result.examples}
    assert verdicts == {"clear-and-kind": True, "brush-off": False}
    (example,) = [e for e in result.examples if e.example_id == "brush-off"]
    assert example.problems
    assert all(p in result.problems for p in example.problems)


def test_a_file_changed_on_disk_is_parsed_again(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    saved = folder / "mine.yaml"
    template = package_data_dir() / "templates" / "scenario-en.yaml"
    saved.write_text(template.read_text("utf-8"), encoding="utf-8")
    checker = DraftChecker([folder])
    draft = tmp_path / "draft.yaml"
    first = checker.check(template.read_text("utf-8"), draft)
    assert [i.message.split(" (")[0] for i in first.errors] == [
        "duplicate scenario id 'new-scenario-en'"
    ]
    saved.write_text(
        template.read_text("utf-8").replace("id: new-scenario-en", "id: other-en"),
        encoding="utf-8",
    )
    assert checker.check(template.read_text("utf-8"), draft).errors == []


def test_an_oversized_buffer_is_one_error_at_the_top(checker, tmp_path):
    (issue,) = checker.check("x: " + "a" * 600_000, tmp_path / "big.yaml").errors
    assert (issue.line, issue.column) == (1, 1)
    assert issue.message.startswith("file is over 512 KiB")


def test_the_search_path_is_the_one_validate_uses(tmp_path):
    assert DraftChecker([tmp_path]).search_path[-1] == Path(tmp_path)
