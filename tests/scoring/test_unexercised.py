"""Warnings for avoid entries and key points that the scenario's own examples never test."""

from __future__ import annotations

from pathlib import Path

from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library
from coach.scoring.unexercised import unexercised_warnings

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
GOOD_RU = (ROOT / "tests/data/scenarios/api-ru.yaml").read_text()
# The fixture's own two avoid entries are not said by its bad example; keep them out.
FIXTURE_AVOID = GOOD[GOOD.index("avoid:\n") : GOOD.index("vocabulary:")]
BAD_NONREFUNDABLE = (
    "    - id: non-refundable\n"
    "      note: Refuses with a policy word and no help.\n"
    "      fails: [empathy]\n"
    "      text: This plan is non-refundable, nothing to do.\n"
)


def _warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    library = load_library([bundled_rubrics_dir(), path])
    assert library.issues == []
    return [str(w).replace(f"{tmp_path}/", "") for w in unexercised_warnings(library)]


def _with_avoid(entry: str, text: str = GOOD) -> str:
    return text.replace(FIXTURE_AVOID, "avoid:\n" + entry, 1)


def _with_bad(text: str) -> str:
    return text.replace("  bad:\n", "  bad:\n" + BAD_NONREFUNDABLE, 1)


def test_a_pattern_no_bad_example_trips_is_a_warning(tmp_path):
    # Written for the non-refundable example, but "refundable" never has a space there.
    entry = "  - pattern: '\\bnon refundable\\b'\n    message: x\n"
    text = _with_bad(_with_avoid(entry))
    assert _warnings(tmp_path, text) == [
        "s.yaml:31:14: warning: this avoid entry matches none of the scenario's bad "
        "examples, so selftest never shows that it works; add a bad example that says it, "
        "or fix the pattern"
    ]


def test_a_pattern_a_bad_example_trips_is_fine(tmp_path):
    entry = "  - pattern: '\\bnon-?refundable\\b'\n    message: x\n"
    assert _warnings(tmp_path, _with_bad(_with_avoid(entry))) == []


def test_a_phrase_is_matched_as_the_check_matches_it(tmp_path):
    # By lemma, as the avoid check matches it: "plan is" also matches "Plans are".
    entry = "  - phrase: plan is non-refundable\n    message: x\n"
    text = _with_bad(_with_avoid(entry)).replace(
        "This plan is non-refundable", "Plans are non-refundable"
    )
    assert _warnings(tmp_path, text) == []


def test_a_key_point_no_example_covers_is_a_warning(tmp_path):
    text = GOOD.replace(
        "avoid:\n",
        "  - id: sla-credit\n    description: mentions the SLA credit\n"
        "    phrases: [service credit]\navoid:\n",
        1,
    )
    warnings = _warnings(tmp_path, text)
    assert (
        "s.yaml:30:9: warning: key point 'sla-credit' is covered by none of the scenario's "
        "examples, so selftest never shows that it is recognised; say it in a good example, "
        "or widen its phrases"
    ) in warnings


def test_warnings_of_a_russian_scenario_are_in_russian(tmp_path):
    text = GOOD_RU.replace(
        "vocabulary:", "avoid:\n  - pattern: 'невозвратн'\n    message: x\nvocabulary:", 1
    )
    line = text[: text.index("'невозвратн'")].count("\n") + 1
    assert _warnings(tmp_path, text) == [
        f"s.yaml:{line}:14: предупреждение: этот элемент avoid не срабатывает ни на одном "
        "плохом примере сценария, и selftest не проверяет, что он работает; добавьте плохой "
        "пример с такой фразой или исправьте шаблон"
    ]
