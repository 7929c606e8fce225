"""Warnings for scenario content that would flag the scenario's own good examples.

A trainer extends what a role means with example sentences (a `sentence_role` check's
`examples:`, in the rubric or the scenario's `overrides`) and lists what to avoid (the
scenario's `avoid:` phrases, patterns and example sentences). Either can be written too
wide: "we can't do that" as an example of dismissal also catches the careful refusal a
good example makes. These warnings name the entry and the good example it would flag, so
the trainer sees it at `coach validate`, before selftest fails for a reason it cannot
name. Warnings, not errors: the content loads and scores as written.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from coach.content.authoring_messages import say
from coach.content.issues import ContentIssue
from coach.content.library import Library, resolved_path, scenario_checks
from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Example, Scenario
from coach.content.yaml_source import LocatedDocument, YamlError, load_yaml
from coach.scoring.checks import CHECK_SCHEMAS
from coach.scoring.checks.avoid import Params as AvoidParams
from coach.scoring.checks.avoid import entry_match
from coach.scoring.checks.sentence_role import Params as RoleParams
from coach.scoring.checks.sentence_role import role_confidence
from coach.scoring.engine import score_reply
from coach.scoring.judgement.judge import judge, similarities
from coach.text.analysis import Analysis, analyze
from coach.text.embedding import shared_encoder

QUOTE_LENGTH = 60


def example_conflicts(library: Library, only: Collection[Path] | None = None) -> list[ContentIssue]:
    """One located warning per entry that flags a good example, over the scenarios in
    `library` (or those whose resolved file is in `only`)."""
    warnings: list[ContentIssue] = []
    for scenario in library.scenarios.values():
        if only is None or resolved_path(Path(scenario.path)) in only:
            warnings += scenario_conflicts(library, scenario)
    return sorted(warnings)


def scenario_conflicts(library: Library, scenario: Scenario) -> list[ContentIssue]:
    rubric = library.rubrics[scenario.rubric]
    checks = scenario_checks(scenario, rubric, CHECK_SCHEMAS)
    listed = [c for c in checks if isinstance(c.params, RoleParams) and c.params.examples]
    if not scenario.avoid and not listed:
        return []
    try:
        doc = load_yaml(Path(scenario.path))
    except YamlError:
        return []  # changed on disk since it loaded; the next validate reports that
    good = [(e, analyze(e.text, scenario.language)) for e in scenario.examples.good]
    warnings = _avoid_conflicts(scenario, rubric, doc, good, checks)
    warnings += _role_conflicts(library, scenario, doc, good, listed)
    return warnings


def _avoid_conflicts(
    scenario: Scenario,
    rubric: Rubric,
    doc: LocatedDocument,
    good: list[tuple[Example, Analysis]],
    checks: Sequence[RubricCheck],
) -> list[ContentIssue]:
    gap = next(
        (
            c.params.max_gap
            for c in checks
            if isinstance(c.params, AvoidParams)
            and (c.params.include_scenario or c.params.include_critical_scenario)
        ),
        AvoidParams().max_gap,
    )
    warnings = []
    for index, entry in enumerate(scenario.avoid):
        for example, analysis in good:
            span = entry_match(entry, analysis, gap)
            if span is None or not _flagged(scenario, rubric, example, span, checks):
                continue
            what = (
                "phrase" if entry.phrase is not None else "pattern" if entry.pattern else "examples"
            )
            quote = _quote(analysis.text[span[0] : span[1]])
            message = say("avoid_flags_good", scenario.language, example=example.id, quote=quote)
            warnings.append(doc.issue(["avoid", index, what], message))
            break
    return warnings


def _flagged(
    scenario: Scenario,
    rubric: Rubric,
    example: Example,
    span: tuple[int, int],
    checks: Sequence[RubricCheck],
) -> bool:
    """Whether scoring the good example really flags the entry's span: the check that
    takes the entry may still forgive it (a negated phrase, a kind sentence)."""
    avoid_ids = {c.id for c in checks if isinstance(c.params, AvoidParams)}
    report = score_reply(example.text, rubric, scenario)
    return any(
        not f.is_positive
        and f.check_id in avoid_ids
        and f.start is not None
        and f.end is not None
        and f.start < span[1]
        and span[0] < f.end
        for f in report.findings
    )


def _role_conflicts(
    library: Library,
    scenario: Scenario,
    doc: LocatedDocument,
    good: list[tuple[Example, Analysis]],
    listed: list[RubricCheck],
) -> list[ContentIssue]:
    warnings = []
    encoder = shared_encoder()
    for check in listed:
        params = check.params
        assert isinstance(params, RoleParams)
        ours = scenario.overrides.get(check.id, {}).get("examples", [])
        for example, analysis in good:
            judgement = judge(analysis)
            close = similarities(judgement.vectors, params.examples, encoder)
            for i, sentence in enumerate(judgement.sentences):
                j = int(close[i].argmax()) if close.shape[1] else 0
                similarity = float(close[i, j]) if close.shape[1] else 0.0
                # Only where the example makes the difference: the heads alone would not
                # flag this sentence, the example does.
                if similarity < max(params.similarity, params.threshold):
                    continue
                if role_confidence(sentence, params) >= params.threshold:
                    continue
                listed_example = params.examples[j]
                message = say(
                    "role_example_flags_good",
                    scenario.language,
                    check=check.id,
                    similarity=similarity,
                    example=example.id,
                    quote=_quote(sentence.text),
                )
                warnings.append(
                    _locate(library, scenario, doc, check, ours, listed_example, message)
                )
                break
    return warnings


def _locate(
    library: Library,
    scenario: Scenario,
    doc: LocatedDocument,
    check: RubricCheck,
    ours: list[str],
    example: str,
    message: str,
) -> ContentIssue:
    """At the example's line: in the scenario's overrides, else in the rubric's check."""
    if example in ours:
        return doc.issue(["overrides", check.id, "examples", ours.index(example)], message)
    rubric = library.rubrics[scenario.rubric]
    try:
        rubric_doc = load_yaml(Path(rubric.path))
        index = next(i for i, c in enumerate(rubric.checks) if c.id == check.id)
        return rubric_doc.issue(["checks", index, "examples"], message)
    except (YamlError, StopIteration):
        return doc.issue(["rubric"], message)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= QUOTE_LENGTH:
        return text
    cut = text.rfind(" ", 0, QUOTE_LENGTH)
    return text[: cut if cut > 0 else QUOTE_LENGTH] + "…"
