"""Every validation error kind, with the exact line and column asserted."""

import re
from pathlib import Path

import pytest

from coach.scoring import load_library

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
RUBRIC_CHECK_IDS = re.findall(
    r"^  - id: (\S+)", (ROOT / "coach/data/rubrics/support-en.yaml").read_text(), re.MULTILINE
)


def errors(tmp_path: Path, text: str, name: str = "s.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text)
    library = load_library([path])
    return [str(i).replace(str(tmp_path) + "/", "") for i in library.issues]


def edit(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def test_the_fixture_is_valid(tmp_path):
    assert errors(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "title: VIP",
            "tittle: VIP",
            [
                "s.yaml:1:1: missing required key 'title'",
                "s.yaml:2:1: unknown key 'tittle' (did you mean 'title'?)",
            ],
        ),
        (
            "tier: L2",
            "tier: L4",
            ["s.yaml:5:7: 'L4' is not allowed here; use one of 'L1', 'L2' or 'L3'"],
        ),
        (
            "channel: email",
            "channel: fax",
            ["s.yaml:6:10: 'fax' is not allowed here; use one of 'email' or 'chat'"],
        ),
        (
            "vip: true",
            "vip: maybe",
            [
                "s.yaml:7:50: input should be a valid boolean, unable to interpret input, got 'maybe'"
            ],
        ),
        (
            "rubric: support-en",
            "rubric: support-xx",
            ["s.yaml:34:9: unknown rubric 'support-xx' (known: support-en, support-ru)"],
        ),
        (
            "  readability: {min: 40}",
            "  readabilty: {min: 40}",
            [
                "s.yaml:36:3: rubric 'support-en' has no check 'readabilty' (its checks: "
                + ", ".join(RUBRIC_CHECK_IDS)
                + ")"
            ],
        ),
        (
            "  readability: {min: 40}",
            "  readability: {minimum: 40}",
            ["s.yaml:36:17: unknown key 'minimum' (did you mean 'min'?)"],
        ),
        (
            "{dimension: empathy, below: 50}",
            "{dimension: empathy_x, below: 50}",
            [
                "s.yaml:19:9: condition names unknown dimension 'empathy_x' (known: clarity, empathy, overall, resolution, tone)"
            ],
        ),
        (
            "{missing: exact-fix}",
            "{missing: exact-fx}",
            [
                "s.yaml:19:9: condition names unknown key point 'exact-fx' (known: exact-fix, verify-offer)"
            ],
        ),
        (
            "{phrase: your integration is broken,",
            "{pattern: 'broken(', ",
            [
                "s.yaml:31:15: invalid regular expression: missing ), unterminated subpattern at position 6"
            ],
        ),
        (
            "      fails: [tone, empathy]",
            "      fails: [tone, empathi]",
            [
                "s.yaml:54:21: unknown dimension 'empathi' (rubric 'support-en' has empathy, clarity, tone, resolution)"
            ],
        ),
        (
            "  - id: verify-offer",
            "  - id: exact-fix",
            ["s.yaml:27:9: duplicate id 'exact-fix' in key_points"],
        ),
    ],
)
def test_scenario_errors_are_located(tmp_path, old, new, expected):
    assert errors(tmp_path, edit(old, new)) == expected


def test_rubric_errors_are_located(tmp_path):
    rubric = (ROOT / "coach/data/rubrics/support-en.yaml").read_text()
    rubric = rubric.replace("id: support-en", "id: custom-en")
    rubric = rubric.replace(
        "    type: move\n    move: acknowledgement", "    type: mov\n    move: acknowledgement", 1
    )
    rubric = rubric.replace("    max_words: 28", "    max_words: many")
    lines = rubric.splitlines()
    type_line = lines.index("    type: mov") + 1
    words_line = lines.index("    max_words: many") + 1
    found = errors(tmp_path, rubric, "r.yaml")
    assert found[0].startswith(
        f"r.yaml:{type_line}:11: unknown check type 'mov'; known types: avoid, customer_name"
    )
    assert found[1] == (
        f"r.yaml:{words_line}:16: input should be a valid integer, unable to parse string "
        "as an integer, got 'many'"
    )


def test_a_floor_at_or_above_the_critical_cap_is_located(tmp_path):
    rubric = (ROOT / "coach/data/rubrics/support-en.yaml").read_text()
    rubric = rubric.replace("id: support-en", "id: custom-en").replace("floor: 5", "floor: 15")
    line = rubric.splitlines().index("floor: 15") + 1
    assert errors(tmp_path, rubric, "r.yaml") == [
        f"r.yaml:{line}:8: floor (15) must be below critical_cap (15)"
    ]


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD)
    library = load_library([tmp_path])
    assert [str(i).replace(str(tmp_path) + "/", "") for i in library.issues] == [
        "b.yaml:1:5: duplicate scenario id 'test-api-en' (also defined at a.yaml:1)"
    ]
    assert list(library.scenarios) == ["test-api-en"]


@pytest.mark.parametrize("text", ["- just\n- a list\n", "plain text\n", "42\n"])
def test_a_file_that_is_not_a_mapping_is_reported_at_its_start(tmp_path, text):
    assert errors(tmp_path, text) == [
        "s.yaml:1:1: a scenario or rubric file must be a mapping of keys to values"
    ]


def test_one_broken_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "broken.yaml").write_text("id: [unclosed\n")
    library = load_library([tmp_path])
    assert list(library.scenarios) == ["test-api-en"]
    assert len(library.issues) == 1
    assert library.issues[0].path.name == "broken.yaml"


def test_unknown_rubric_check_reference_in_condition_form(tmp_path):
    text = edit("{dimension: empathy, below: 50}", "{dimension: empathy}")
    assert errors(tmp_path, text) == [
        "s.yaml:19:22: a dimension condition needs exactly one of 'below' or 'at_least'"
    ]


def test_scenario_avoid_entry_no_check_would_use(tmp_path):
    rubric = (ROOT / "coach/data/rubrics/support-en.yaml").read_text()
    rubric = rubric.replace("id: support-en", "id: narrow-en")
    start = rubric.index("  - id: jargon")
    block_end = rubric.index("\n\n", start)
    rubric = (
        rubric[:start]
        + rubric[start:block_end].replace("include_scenario: true", "include_scenario: false")
        + rubric[block_end:]
    )
    (tmp_path / "r.yaml").write_text(rubric)
    scenario = GOOD.replace("rubric: support-en", "rubric: narrow-en").replace(
        "dimension: resolution, severity: critical}", "dimension: clarity}"
    )
    (tmp_path / "s.yaml").write_text(scenario)
    library = load_library([tmp_path])
    messages = [str(i).replace(str(tmp_path) + "/", "") for i in library.issues]
    assert messages == [
        "s.yaml:32:5: no check of rubric 'narrow-en' takes scenario avoid entries for dimension "
        "'clarity', so this entry would never be used (use another dimension, or add "
        "include_scenario/include_critical_scenario to an avoid check)"
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("colour: '#2F7FD8'", []),
        (
            "colour: blue",
            [
                "r.yaml:11:24: colour 'blue' must be written '#rrggbb' (six hex digits, e.g. '#2f7fd8')"
            ],
        ),
        (
            "colour: '#2f7fd'",
            [
                "r.yaml:11:24: colour '#2f7fd' must be written '#rrggbb' (six hex digits, e.g. '#2f7fd8')"
            ],
        ),
        ("color: '#2f7fd8'", ["r.yaml:11:16: unknown key 'color' (did you mean 'colour'?)"]),
    ],
)
def test_a_dimension_may_give_its_colour(tmp_path, written, expected):
    rubric = (ROOT / "coach/data/rubrics/support-en.yaml").read_text()
    rubric = rubric.replace("id: support-en", "id: coloured-en", 1)
    old = "  empathy:    {weight: 0.25,"
    assert rubric.splitlines()[10].startswith(old)
    rubric = rubric.replace(old, f"  empathy:    {{{written}, weight: 0.25,", 1)
    assert errors(tmp_path, rubric, "r.yaml") == expected
    if not expected:
        library = load_library([tmp_path / "r.yaml"])
        assert library.rubrics["coloured-en"].dimensions["empathy"].colour == "#2F7FD8"


def test_account_facts_may_have_labels(tmp_path):
    text = edit(
        "  account: {plan: Enterprise, api_version: v2}",
        "  account: {plan: Enterprise, api_version: v2}\n  labels: {api_version: API in use}",
    )
    assert errors(tmp_path, text) == []
    path = tmp_path / "s.yaml"
    scenario = next(iter(load_library([path]).scenarios.values()))
    assert scenario.context.labels == {"api_version": "API in use"}


def test_a_label_for_a_missing_fact_is_a_located_error(tmp_path):
    text = edit(
        "  account: {plan: Enterprise, api_version: v2}",
        "  account: {plan: Enterprise, api_version: v2}\n  labels: {api_verison: API in use}",
    )
    (problem,) = errors(tmp_path, text)
    assert problem.startswith("s.yaml:")
    assert "labels: api_verison is not an account fact" in problem
    assert "api_version, plan" in problem


@pytest.mark.parametrize(
    ("old", "new", "check_id", "name"),
    [
        ("    check: key-points\n", "    check: key-point\n", "specifics", "key-point"),
        (
            "judged-dismissal, judged-register]",
            "judged-dismisal, judged-register]",
            "respect",
            "judged-dismisal",
        ),
    ],
)
def test_a_check_naming_no_check_of_its_rubric_is_located(tmp_path, old, new, check_id, name):
    rubric = (ROOT / "coach/data/rubrics/support-en.yaml").read_text()
    assert old in rubric
    rubric = rubric.replace("id: support-en", "id: custom-en").replace(old, new, 1)
    line = rubric.splitlines().index(f"  - id: {check_id}") + 1
    (found,) = errors(tmp_path, rubric, "r.yaml")
    assert found.startswith(
        f"r.yaml:{line}:5: check '{check_id}' names '{name}', which is no check of this rubric; "
        "it has "
    )
