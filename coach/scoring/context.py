"""What a check sees: the analysed reply, the scenario (if any) and the spelling result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.scoring.report import Finding, Suggestion
from coach.text.analysis import Analysis
from coach.text.spelling.base import SpellReport


@dataclass
class CheckResult:
    """Score in [0, 1] (None: not applicable) and the evidence behind it.

    `critical_failure` marks a failure that caps the overall score even when the check
    itself is not marked critical (e.g. a scenario's forbidden promise).
    """

    score: float | None
    findings: list[Finding] = field(default_factory=list)
    critical_failure: bool = False
    missing_key_points: list[str] | None = None


@dataclass(frozen=True)
class CheckContext:
    analysis: Analysis
    rubric: Rubric
    scenario: Scenario | None
    spelling: SpellReport
    accepted_words: frozenset[str] = frozenset()
    # Results of the checks already run on this reply, by check id (filled by the engine),
    # so a check about other checks (respect) does not run them twice.
    results: dict[str, CheckResult] = field(default_factory=dict)
    # The checks as this scenario tunes them (overrides applied), by id.
    checks: dict[str, RubricCheck] = field(default_factory=dict)


class _Facts(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_message(template: str, quote: str = "", **facts: object) -> str:
    """Fill `%s` with the quoted text (as in Vale rules) and `{name}` with facts."""
    message = template.replace("%s", quote) if "%s" in template else template
    return message.format_map(_Facts(facts)) if "{" in message else message


def make_finding(
    check: RubricCheck,
    ctx: CheckContext,
    start: int | None = None,
    end: int | None = None,
    *,
    message: str | None = None,
    severity: str | None = None,
    suggestions: tuple[Suggestion, ...] = (),
    key_point: str | None = None,
    **facts: Any,
) -> Finding:
    """A finding for `check`, quoting `text[start:end]` into its message."""
    quote = ctx.analysis.text[start:end] if start is not None and end is not None else ""
    if "name" not in facts:
        # People are greeted by first name ("Hi Daniel", "Здравствуйте, Ольга").
        facts["name"] = ctx.scenario.persona.name.split()[0] if ctx.scenario else "name"
        facts["full_name"] = ctx.scenario.persona.name if ctx.scenario else "name"
    return Finding(
        check_id=check.id,
        dimension=check.dimension,
        severity=severity or check.severity,  # type: ignore[arg-type]
        message=format_message(message or check.message, quote, **facts),
        start=start,
        end=end,
        quote=quote,
        suggestions=suggestions,
        key_point=key_point,
    )
