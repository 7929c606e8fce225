"""The result of scoring one reply; serialises to JSON and back without loss."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from coach.content.enums import Severity

SEVERITY_ORDER: dict[str, int] = {"critical": 0, "major": 1, "minor": 2, "info": 3, "positive": 4}


@dataclass(frozen=True)
class Suggestion:
    """A better phrasing and whose voice it is ("rubric substitution", "trainer example: x"),
    and what of the reply it replaces: the finding's words, their clause or their sentence
    (as the substitution declares), or nothing ("insert": a missing move's sentence)."""

    text: str
    source: str
    replaces: str = "phrase"


@dataclass(frozen=True)
class Finding:
    """Evidence for or against the reply; `start`/`end` are code-point offsets or None when
    the finding is about something missing."""

    check_id: str
    dimension: str
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None
    quote: str = ""
    suggestions: tuple[Suggestion, ...] = ()
    key_point: str | None = None
    # From the sentence judgement: the role the sentence was judged to play, how sure the
    # judgement is (0-1), and why: the example sentence nearest in meaning.
    role: str | None = None
    confidence: float | None = None
    reason: str = ""

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def is_positive(self) -> bool:
        return self.severity == "positive"


@dataclass(frozen=True)
class CheckOutcome:
    """How one rubric check scored; `score` is None when the check did not apply."""

    check_id: str
    check_type: str
    dimension: str
    weight: float
    score: float | None
    critical: bool = False
    failed_critical: bool = False


@dataclass(frozen=True)
class ScoreReport:
    overall: float
    band: str
    dimensions: dict[str, float]
    findings: tuple[Finding, ...]
    checks: tuple[CheckOutcome, ...] = ()
    language: str = "en"
    rubric_id: str = ""
    scenario_id: str | None = None
    spelling_backend: str = ""
    spelling_note: str = ""
    word_count: int = 0
    capped_by: tuple[str, ...] = ()
    missing_key_points: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScoreReport:
        findings = tuple(
            Finding(
                **{
                    **f,
                    "suggestions": tuple(Suggestion(**s) for s in f.get("suggestions", ())),
                }
            )
            for f in data["findings"]
        )
        checks = tuple(CheckOutcome(**c) for c in data.get("checks", ()))
        return cls(
            **{
                **data,
                "findings": findings,
                "checks": checks,
                "dimensions": dict(data["dimensions"]),
                "capped_by": tuple(data.get("capped_by", ())),
                "missing_key_points": tuple(data.get("missing_key_points", ())),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> ScoreReport:
        return cls.from_dict(json.loads(text))

    def problems(self) -> list[Finding]:
        """Findings that cost points, most serious first."""
        return [f for f in self.findings if not f.is_positive]
