"""Score a reply: analysis -> checks -> dimension scores -> overall, band and findings.

Semantics trainers of QA scorecards expect:
- a dimension is the weighted mean of its applicable checks; the overall is the weighted
  mean of dimensions that have at least one applicable check;
- a check that does not apply (no scenario, an apology where nothing went wrong) drops
  out instead of scoring 0; a deduction check (blame, typos, shouting) that finds
  nothing drops out too, so it never hands out free points;
- a failed critical check (score below 0.5, or a critical phrase used) caps the overall
  at the rubric's `critical_cap` and its findings are listed first; with the rubric's
  `cap_range`, the rest of the reply still orders capped replies below the cap;
- a reply under no cap scores at least the rubric's `floor` (scores below the critical
  cap are stretched up to it): with nothing clearly wrong in it, a cold or empty reply
  ranks above the lowest capped ones, as the rating guide has it (a 2 against a 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.applicability import applies
from coach.scoring.checks import CHECK_TYPES
from coach.scoring.checks.base import RunCheck
from coach.scoring.context import CheckContext, CheckResult
from coach.scoring.effective import effective_checks
from coach.scoring.report import SEVERITY_ORDER, CheckOutcome, Finding, ScoreReport
from coach.text.analysis import Analysis, analyze
from coach.text.languages import core_message
from coach.text.spelling.base import SpellChecker, SpellReport, SpellRequest
from coach.text.spelling.offline import OfflineSpellChecker

CRITICAL_THRESHOLD = 0.5
_OFFLINE = OfflineSpellChecker()


def accepted_words(scenario: Scenario | None) -> frozenset[str]:
    """Words the spell checker and shouting check accept: vocabulary and the name."""
    if scenario is None:
        return frozenset()
    return _accepted_words(scenario)


@by_identity
def _accepted_words(scenario: Scenario) -> frozenset[str]:
    words = {w.lower() for term in scenario.vocabulary for w in term.split()}
    words |= {w.lower() for term in scenario.vocabulary for w in term.replace("_", " ").split()}
    words |= {part.lower().strip(".,") for part in scenario.persona.name.split()}
    if scenario.persona.company:
        words |= {part.lower() for part in scenario.persona.company.split()}
    if scenario.agent_name:
        words |= {part.lower() for part in scenario.agent_name.split()}
    return frozenset(words)


def score_reply(
    text: str,
    rubric: Rubric,
    scenario: Scenario | None = None,
    *,
    spelling: SpellReport | None = None,
    checker: SpellChecker | None = None,
    checks: Sequence[RubricCheck] | None = None,
) -> ScoreReport:
    """Score `text` against `rubric` (tuned by `scenario`'s overrides when given).

    `spelling` lets a caller supply a report it already has (e.g. from LanguageTool in a
    worker thread); otherwise `checker` (default: the offline checker) runs now.
    """
    if checks is None:
        checks = effective_checks(rubric, scenario)
    if not text.strip():
        return _empty_report(rubric, scenario)
    analysis = analyze(text, rubric.language)
    accept = accepted_words(scenario)
    if spelling is None:
        request = SpellRequest(text, rubric.language, accept)
        spelling = (checker or _OFFLINE).check(request)
    ctx = CheckContext(analysis, rubric, scenario, spelling, accept, checks=_by_id(tuple(checks)))
    return _aggregate(rubric, scenario, checks, ctx, analysis)


def _aggregate(
    rubric: Rubric,
    scenario: Scenario | None,
    checks: Sequence[RubricCheck],
    ctx: CheckContext,
    analysis: Analysis,
) -> ScoreReport:
    outcomes: list[CheckOutcome] = []
    findings: list[Finding] = []
    sums: dict[str, list[float]] = {name: [0.0, 0.0] for name in rubric.dimensions}
    capped_by: list[str] = []
    caps: dict[str, float] = {}  # dimension -> ceiling, from checks that found a clear negative
    missing: list[str] = []
    for check, run, deduction in _plan(tuple(checks), scenario):
        # A check another one asked for (`respect`, `shares`) has run already.
        result = ctx.results.get(check.id) or _run(check, run, ctx)
        ctx.results[check.id] = result
        missing.extend(result.missing_key_points or ())
        failed = result.score is not None and (
            result.critical_failure or (check.critical and result.score < CRITICAL_THRESHOLD)
        )
        if failed:
            capped_by.append(check.id)
        if result.cap is not None:
            capped_by.append(check.id)
            caps[check.dimension] = min(caps.get(check.dimension, 100.0), result.cap)
        outcomes.append(
            CheckOutcome(
                check.id,
                check.type,
                check.dimension,
                check.weight,
                result.score,
                check.critical,
                failed,
            )
        )
        if result.score is None:
            continue
        findings.extend(_promote(result.findings) if failed else result.findings)
        if deduction and result.score >= 1.0:
            continue
        sums[check.dimension][0] += check.weight * result.score
        sums[check.dimension][1] += check.weight
    dimensions = {
        name: round(min(100.0 * s / w, caps.get(name, 100.0)), 1)
        for name, (s, w) in sums.items()
        if w > 0
    }
    total_weight = sum(rubric.dimensions[name].weight for name in dimensions)
    overall = (
        sum(rubric.dimensions[name].weight * value for name, value in dimensions.items())
        / total_weight
        if total_weight
        else 0.0
    )
    for check, outcome in zip(checks, outcomes, strict=True):
        if check.gate and outcome.score is not None:
            overall *= 1.0 - check.gate * (1.0 - outcome.score)
    ceilings = list(caps.values())
    if any(o.failed_critical for o in outcomes):
        ceilings.append(rubric.critical_cap)
    if ceilings:
        overall = _held(overall, min(ceilings), rubric.cap_range)
    else:
        overall = _floored(overall, rubric.floor, rubric.critical_cap)
    overall = round(overall, 1)
    findings.sort(
        key=lambda f: (SEVERITY_ORDER[f.severity], f.start if f.start is not None else -1)
    )
    return ScoreReport(
        overall=overall,
        band=rubric.band_for(overall),
        dimensions=dimensions,
        findings=tuple(findings),
        checks=tuple(outcomes),
        language=rubric.language,
        rubric_id=rubric.id,
        scenario_id=scenario.id if scenario else None,
        spelling_backend=ctx.spelling.backend,
        spelling_note=ctx.spelling.note,
        word_count=analysis.word_count,
        capped_by=tuple(capped_by),
        missing_key_points=tuple(dict.fromkeys(missing)),
    )


@by_identity
def _by_id(checks: tuple[RubricCheck, ...]) -> dict[str, RubricCheck]:
    return {c.id: c for c in checks}


_Step = tuple[RubricCheck, RunCheck | None, bool]


@by_identity
def _plan(checks: tuple[RubricCheck, ...], scenario: Scenario | None) -> tuple[_Step, ...]:
    """Per check: how to run it (None when it is off or does not apply to the scenario)
    and whether it only deducts. Fixed per (checks, scenario), so decided once."""
    return tuple(
        (
            check,
            CHECK_TYPES[check.type].run
            if check.enabled and applies(check.applies_when, scenario)
            else None,
            CHECK_TYPES[check.type].deduction,
        )
        for check in checks
    )


def result_of(check_id: str, ctx: CheckContext) -> CheckResult | None:
    """The result of the rubric's check `check_id` on the reply in `ctx`: the one the
    engine has, or computed now and kept for it (a check about other checks may run before
    them). Its score is None when it is off or does not apply; None when there is no such
    check."""
    if check_id not in ctx.results:
        check = ctx.checks.get(check_id) or ctx.rubric.check_index.get(check_id)
        if check is None:
            return None
        runs = check.enabled and applies(check.applies_when, ctx.scenario)
        ctx.results[check_id] = _run(check, CHECK_TYPES[check.type].run if runs else None, ctx)
    return ctx.results[check_id]


def _run(check: RubricCheck, run: RunCheck | None, ctx: CheckContext) -> CheckResult:
    if run is None:
        return CheckResult(None)
    result = run(check, ctx)
    if result.score is not None:
        result.score = max(0.0, min(1.0, result.score))
    return result


def _held(overall: float, cap: float, spread: float) -> float:
    """`overall` held under `cap`; with a `spread` the reply's own score still orders it
    below the cap instead of every capped reply tying at it."""
    if spread <= 0:
        return min(overall, cap)
    return min(overall, cap * (1.0 - spread + spread * overall / 100.0))


def _floored(overall: float, floor: float, ceiling: float) -> float:
    """An uncapped `overall` below `ceiling` stretched from [0, ceiling] to [floor,
    ceiling]; the scores above it, where the capped replies never reach, stay as they are."""
    if overall >= ceiling or ceiling <= 0:
        return overall
    return floor + (ceiling - floor) * overall / ceiling


def _promote(findings: list[Finding]) -> list[Finding]:
    return [f if f.is_positive else replace(f, severity="critical") for f in findings]


def _empty_report(rubric: Rubric, scenario: Scenario | None) -> ScoreReport:
    message = core_message(rubric.language, "empty_reply")
    return ScoreReport(
        overall=0.0,
        band=rubric.band_for(0.0),
        dimensions={name: 0.0 for name in rubric.dimensions},
        findings=(Finding("empty-reply", "clarity", "critical", message),),
        language=rubric.language,
        rubric_id=rubric.id,
        scenario_id=scenario.id if scenario else None,
        spelling_backend="none",
    )
