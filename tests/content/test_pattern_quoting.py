"""A regular expression in double quotes: YAML's escapes turn `\\b` into a backspace."""

from pathlib import Path

import pytest

from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
GOOD_RU = (ROOT / "tests/data/scenarios/api-ru.yaml").read_text()


def _issues(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return [str(i).replace(f"{tmp_path}/", "") for i in load_library([path]).issues]


def test_backspace_in_a_scenario_pattern_says_use_single_quotes(tmp_path):
    text = GOOD.replace(
        "avoid:\n", 'avoid:\n  - pattern: "\\bnon-?refundable\\b"\n    message: x\n', 1
    )
    assert _issues(tmp_path, text) == [
        "s.yaml:31:14: this pattern contains U+0008 (backspace), not a regular expression "
        "escape: in double quotes YAML reads backslash escapes itself (\\b becomes a "
        "backspace), so the pattern never matches what you meant; write it in single "
        "quotes: '\\bnon-?refundable\\b'"
    ]


def test_in_a_russian_scenario_the_advice_is_russian(tmp_path):
    assert "vocabulary:" in GOOD_RU
    text = GOOD_RU.replace(
        "vocabulary:", 'avoid:\n  - pattern: "\\bвозврат\\b"\n    message: x\nvocabulary:', 1
    )
    line = text[: text.index('"\\bвозврат')].count("\n") + 1
    assert _issues(tmp_path, text) == [
        f"s.yaml:{line}:14: в этом шаблоне стоит U+0008 (backspace), а не "
        "escape-последовательность регулярного выражения: в двойных кавычках YAML сам "
        "читает escape-последовательности (\\b становится символом backspace), и шаблон "
        "не находит задуманного; запишите его в одинарных кавычках: '\\bвозврат\\b'"
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        "'\\bnon-?refundable\\b'",  # single quotes: kept as typed
        '"\\\\bnon-?refundable\\\\b"',  # double quotes with doubled backslashes
        '"a\\tb"',  # a tab may be meant
    ],
)
def test_patterns_as_meant_pass(tmp_path, pattern):
    text = GOOD.replace("avoid:\n", f"avoid:\n  - pattern: {pattern}\n    message: x\n", 1)
    assert _issues(tmp_path, text) == []


def test_rubric_patterns_are_checked_too(tmp_path):
    rubric = (bundled_rubrics_dir() / "support-en.yaml").read_text()
    text = rubric.replace("id: support-en", "id: my-rubric", 1)
    marker = "    entries:\n"
    assert marker in text
    text = text.replace(marker, marker + '      - {pattern: "\\bscam\\b"}\n', 1)
    (issue,) = _issues(tmp_path, text)
    assert "this pattern contains U+0008 (backspace)" in issue
    assert issue.endswith("write it in single quotes: '\\bscam\\b'")
