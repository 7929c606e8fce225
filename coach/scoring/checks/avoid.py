"""`avoid`: phrases or patterns the reply must not contain, each with better wordings.

Entries are lemma-matched phrases or regular expressions (whose capture groups can be
used in replacements as \\1). With `include_scenario`, the scenario's own `avoid` entries
for this check's dimension are added. A negated match ("it is not your fault") is forgiven.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field, field_validator, model_validator

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.report import Finding, Suggestion
from coach.text.phrases import DEFAULT_MAX_GAP, find_phrases

RUBRIC_SOURCE = "rubric substitution"
SCENARIO_SOURCE = "scenario substitution"


class Entry(CheckParams):
    phrase: str | None = None
    pattern: str | None = None
    replacements: list[str] = Field(default_factory=list)
    message: str | None = None
    critical: bool = False

    @field_validator("pattern")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _phrase_or_pattern(self) -> Entry:
        if (self.phrase is None) == (self.pattern is None):
            raise ValueError("an entry needs exactly one of 'phrase' or 'pattern'")
        return self


class Params(CheckParams):
    entries: list[Entry] = Field(default_factory=list)
    include_scenario: bool = False
    penalty: float = Field(default=0.5, gt=0, le=1)
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)

    @field_validator("entries", mode="before")
    @classmethod
    def _plain_strings(cls, value: object) -> object:
        # A bare string is shorthand for {phrase: "..."}.
        if isinstance(value, list):
            return [{"phrase": v} if isinstance(v, str) else v for v in value]
        return value


@lru_cache(maxsize=4096)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _entries(check: RubricCheck, ctx: CheckContext) -> list[tuple[Entry, str]]:
    params = check.params
    assert isinstance(params, Params)
    entries = [(e, RUBRIC_SOURCE) for e in params.entries]
    if params.include_scenario and ctx.scenario is not None:
        for item in ctx.scenario.avoid:
            if item.dimension == check.dimension:
                entry = Entry(
                    phrase=item.phrase,
                    pattern=item.pattern,
                    replacements=item.replacements,
                    message=item.message,
                    critical=item.severity == "critical",
                )
                entries.append((entry, SCENARIO_SOURCE))
    return entries


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    entries = _entries(check, ctx)
    if not entries:
        return CheckResult(None)
    findings: list[Finding] = []
    critical = False
    taken: list[tuple[int, int]] = []
    for entry, start, end, suggestions in _hits(entries, ctx, params.max_gap):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        critical = critical or entry.critical
        findings.append(
            make_finding(
                check,
                ctx,
                start,
                end,
                message=entry.message,
                severity="critical" if entry.critical else None,
                suggestions=suggestions,
            )
        )
    score = max(0.0, 1.0 - params.penalty * len(findings))
    findings.sort(key=lambda f: f.start or 0)
    return CheckResult(score, findings, critical_failure=critical)


Hit = tuple[Entry, int, int, tuple[Suggestion, ...]]


def _hits(entries: list[tuple[Entry, str]], ctx: CheckContext, max_gap: int) -> list[Hit]:
    """Every match of every entry; phrases are matched in one pass (longest first)."""
    by_phrase: dict[str, tuple[Entry, str]] = {}
    for entry, source in entries:
        if entry.phrase is not None:
            by_phrase.setdefault(entry.phrase, (entry, source))
    hits: list[Hit] = []
    for match in find_phrases(ctx.analysis, list(by_phrase), max_gap):
        if match.negated:
            continue
        entry, source = by_phrase[match.phrase]
        suggestions = tuple(Suggestion(r, source) for r in entry.replacements)
        hits.append((entry, match.start, match.end, suggestions))
    for entry, source in entries:
        if entry.pattern is None:
            continue
        for found in _regex(entry.pattern).finditer(ctx.analysis.text):
            if found.end() == found.start():
                continue
            suggestions = tuple(Suggestion(_expand(found, r), source) for r in entry.replacements)
            hits.append((entry, found.start(), found.end(), suggestions))
    return hits


def _expand(match: re.Match[str], replacement: str) -> str:
    try:
        return match.expand(replacement)
    except (re.error, IndexError):
        return replacement  # a literal replacement that merely contains a backslash
