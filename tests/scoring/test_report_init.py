"""The hand-written `__init__` of the hot result classes stays in step with their fields."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from coach.scoring.context import CheckResult
from coach.scoring.report import CheckOutcome, Finding, Suggestion

# A value for every field, none equal to its default (compiled, `__init__` checks types).
EVERY_FIELD: dict[type, dict[str, Any]] = {
    Finding: {
        "check_id": "blame",
        "dimension": "tone",
        "severity": "major",
        "message": "m",
        "start": 1,
        "end": 5,
        "quote": "your",
        "suggestions": (Suggestion("our", "rubric substitution"),),
        "key_point": "limit",
    },
    CheckOutcome: {
        "check_id": "next-step",
        "check_type": "move",
        "dimension": "resolution",
        "weight": 2.5,
        "score": 0.5,
        "critical": True,
        "failed_critical": True,
    },
    CheckResult: {
        "score": 0.25,
        "findings": [Finding("x", "tone", "minor", "m")],
        "critical_failure": True,
        "missing_key_points": ["limit"],
    },
}


@pytest.mark.parametrize("cls", list(EVERY_FIELD))
def test_every_field_is_set_from_its_argument(cls: Any) -> None:
    values = EVERY_FIELD[cls]
    assert set(values) == {f.name for f in dataclasses.fields(cls)}
    made = cls(**values)
    assert {name: getattr(made, name) for name in values} == values


@pytest.mark.parametrize("cls", list(EVERY_FIELD))
def test_omitted_fields_take_the_declared_defaults(cls: Any) -> None:
    fields = dataclasses.fields(cls)
    optional = [
        f
        for f in fields
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    required = {k: v for k, v in EVERY_FIELD[cls].items() if k not in {f.name for f in optional}}
    made = cls(**required)
    for f in optional:
        expected = f.default if f.default is not dataclasses.MISSING else f.default_factory()
        assert EVERY_FIELD[cls][f.name] != expected, f.name
        assert getattr(made, f.name) == expected, f.name


def test_results_do_not_share_their_findings_list() -> None:
    first, second = CheckResult(1.0), CheckResult(1.0)
    first.findings.append(Finding("x", "tone", "minor", "m"))
    assert second.findings == []
