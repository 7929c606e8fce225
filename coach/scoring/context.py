"""What a check sees: the analysed reply, the scenario (if any) and the spelling result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
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
    # A ceiling on the overall and on this check's dimension (a clearly negative sentence
    # holds the reply below "Good" whatever else it says).
    cap: float | None = None


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


def format_message(template: str, quote: str, facts: dict[str, object]) -> str:
    """Fill `{name}` with facts, then `%s` with the quoted text (as in Vale rules).

    Facts first: the quote is the customer-facing reply, whose braces ("password: {0}",
    a JSON body) are text, not fields. A brace in the template that names no fact is
    left as written.
    """
    message = template
    if "{" in message:
        try:
            message = message.format_map(_Facts(facts))
        except (ValueError, IndexError, AttributeError, KeyError):
            message = template
    return message.replace("%s", quote) if "%s" in message else message


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
    role: str | None = None,
    confidence: float | None = None,
    reason: str = "",
    **facts: Any,
) -> Finding:
    """A finding for `check`, quoting `text[start:end]` into its message."""
    quote = ctx.analysis.text[start:end] if start is not None and end is not None else ""
    template = message or check.message
    if "{" in template and "name" not in facts:
        # People are greeted by first name ("Hi Daniel", "Здравствуйте, Ольга").
        facts["name"], facts["full_name"] = _names(ctx.scenario)
    return Finding(
        check.id,
        check.dimension,
        severity or check.severity,  # type: ignore[arg-type]
        format_message(template, quote, facts),
        start,
        end,
        quote,
        suggestions,
        key_point,
        role,
        None if confidence is None else round(confidence, 2),
        reason,
    )


def _names(scenario: Scenario | None) -> tuple[str, str]:
    if scenario is None:
        return "name", "name"
    return _persona_names(scenario)


@by_identity
def _persona_names(scenario: Scenario) -> tuple[str, str]:
    """The customer's first and full name, for messages (once per scenario)."""
    return scenario.persona.name.split()[0], scenario.persona.name
