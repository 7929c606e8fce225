"""Warnings for content that would flag the scenario's own good examples: an avoid entry
the good example trips, and a role example sentence that makes a good sentence judged
to play the role. Exact messages at the entry's line."""

from __future__ import annotations

from pathlib import Path

from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library
from coach.scoring.example_conflicts import example_conflicts

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
GOOD_RU = (ROOT / "tests/data/scenarios/api-ru.yaml").read_text()
GOOD_SENTENCE = "I see a way to optimise your approach."


def _warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    library = load_library([bundled_rubrics_dir(), path])
    assert library.issues == []
    return [str(w).replace(f"{tmp_path}/", "") for w in example_conflicts(library)]


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_the_fixture_conflicts_with_nothing(tmp_path):
    assert _warnings(tmp_path, GOOD) == []
    assert _warnings(tmp_path, GOOD_RU) == []


def test_an_avoid_phrase_a_good_example_says_is_a_warning(tmp_path):
    entry = '  - {phrase: optimise your approach, message: "“%s” sounds like a sales pitch."}\n'
    text = GOOD.replace("avoid:\n", "avoid:\n" + entry, 1)
    line = _line_of(text, "{phrase: optimise your approach")
    assert _warnings(tmp_path, text) == [
        f"s.yaml:{line}:14: warning: this avoid entry also matches good example 'warm-fix' "
        "(“optimise your approach”), so it would flag a reply the trainers wrote as good; "
        "narrow it"
    ]


def test_a_role_example_close_to_a_good_sentence_is_a_warning_at_its_line(tmp_path):
    override = f"  judged-blame:\n    examples: [{GOOD_SENTENCE!r}]\n"
    text = GOOD.replace("overrides:\n", "overrides:\n" + override, 1)
    line = _line_of(text, "examples: [")
    (warning,) = _warnings(tmp_path, text)
    assert warning.startswith(
        f"s.yaml:{line}:16: warning: this example sentence of 'judged-blame' is as close as "
    )
    assert warning.endswith(
        f"to good example 'warm-fix' (“{GOOD_SENTENCE}”), so that good reply would be judged "
        "to play the role; reword the example or raise the check's similarity"
    )


def test_a_role_example_on_another_subject_is_no_warning(tmp_path):
    override = "  judged-blame:\n    examples: ['You clearly never read our billing page.']\n"
    assert _warnings(tmp_path, GOOD.replace("overrides:\n", "overrides:\n" + override, 1)) == []


def test_a_russian_scenario_gets_the_warning_in_russian(tmp_path):
    sentence = "Я вижу, как можно оптимизировать ваш подход."
    assert sentence in GOOD_RU
    override = f"overrides:\n  judged-blame:\n    examples: [{sentence!r}]\n"
    (warning,) = _warnings(tmp_path, GOOD_RU.replace("examples:\n", override + "examples:\n", 1))
    assert "предупреждение: этот пример для 'judged-blame' близок" in warning
    assert "к хорошему примеру '" in warning
    assert f"«{sentence}»" in warning
