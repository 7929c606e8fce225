"""Warnings for scenario content that its own examples never test.

A valid `avoid` entry can still be wrong (a regex that matches nothing the trainer had in
mind), and so can a key point (phrases no good reply uses); selftest would pass either
way, because nothing shows the entry working. These warnings say so: an avoid entry that
none of the scenario's bad examples trips, and a key point that none of its examples
covers. They are warnings, not errors: the content loads and scores as written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from coach.content.authoring_messages import say, word
from coach.content.issues import ContentIssue
from coach.content.library import Library, resolved_path, scenario_checks
from coach.content.rubric import RubricCheck
from coach.content.scenario import KeyPoint, Scenario
from coach.content.yaml_source import LocatedDocument, YamlError, load_yaml
from coach.scoring.checks import CHECK_SCHEMAS
from coach.scoring.checks.avoid import Params as AvoidParams
from coach.scoring.checks.avoid import entry_matches
from coach.scoring.checks.key_point_meaning import closest, exemplars
from coach.scoring.checks.key_points import MEANING_NEGATIVE, key_point_spans
from coach.scoring.checks.key_points import Params as KeyPointParams
from coach.scoring.judgement.judge import judge
from coach.text.analysis import Analysis, analyze


def unexercised_warnings(
    library: Library,
    only: Collection[Path] | None = None,
    read: Callable[[Path], LocatedDocument] = load_yaml,
) -> list[ContentIssue]:
    """One located warning per avoid entry or key point its scenario's examples never
    exercise, over every scenario in `library` (or those whose resolved file is in `only`:
    the files a trainer asked to validate, not the search path loaded beside them).
    `read` parses a scenario's file to locate the warnings (the workbench's unsaved text)."""
    warnings: list[ContentIssue] = []
    for scenario in library.scenarios.values():
        if only is None or resolved_path(Path(scenario.path)) in only:
            warnings += scenario_warnings(library, scenario, read)
    return sorted(warnings)


def scenario_warnings(
    library: Library,
    scenario: Scenario,
    read: Callable[[Path], LocatedDocument] = load_yaml,
) -> list[ContentIssue]:
    if not scenario.avoid and not scenario.key_points:
        return []
    try:
        doc = read(Path(scenario.path))
    except YamlError:
        return []  # changed on disk since it loaded; the next validate reports that
    rubric = library.rubrics[scenario.rubric]
    checks = scenario_checks(scenario, rubric, CHECK_SCHEMAS)
    language = scenario.language
    good = [analyze(e.text, language) for e in scenario.examples.good]
    bad = [analyze(e.text, language) for e in scenario.examples.bad]
    warnings = _avoid_warnings(scenario, doc, bad, _avoid_gap(checks))
    warnings += _key_point_warnings(scenario, doc, good + bad, _key_point_params(checks))
    return warnings


def _avoid_gap(checks: Sequence[RubricCheck]) -> int:
    # The gap of the avoid check that takes scenario entries; the default when none does
    # (validation already reports an entry no check takes).
    for check in checks:
        params = check.params
        if isinstance(params, AvoidParams) and (
            params.include_scenario or params.include_critical_scenario
        ):
            return params.max_gap
    return AvoidParams().max_gap


def _key_point_params(checks: Sequence[RubricCheck]) -> KeyPointParams:
    for check in checks:
        params = check.params
        if isinstance(params, KeyPointParams):
            return params
    return KeyPointParams()


def _avoid_warnings(
    scenario: Scenario, doc: LocatedDocument, bad: list[Analysis], max_gap: int
) -> list[ContentIssue]:
    warnings = []
    for index, entry in enumerate(scenario.avoid):
        if any(entry_matches(entry, analysis, max_gap) for analysis in bad):
            continue
        what = "phrase" if entry.phrase is not None else "pattern" if entry.pattern else "examples"
        message = say("avoid_unexercised", scenario.language, what=word(what, scenario.language))
        warnings.append(doc.issue(["avoid", index, what], message))
    return warnings


def _key_point_warnings(
    scenario: Scenario, doc: LocatedDocument, examples: list[Analysis], params: KeyPointParams
) -> list[ContentIssue]:
    warnings = []
    for index, point in enumerate(scenario.key_points):
        if any(
            key_point_spans(analysis, point, params.max_gap, params.fuzzy_threshold) is not None
            or _said_in_other_words(scenario, point, analysis, params)
            for analysis in examples
        ):
            continue
        message = say("key_point_unexercised", scenario.language, key_point=point.id)
        warnings.append(doc.issue(["key_points", index, "id"], message))
    return warnings


def _said_in_other_words(
    scenario: Scenario, point: KeyPoint, analysis: Analysis, params: KeyPointParams
) -> bool:
    """Covered by meaning, as the key-points check would cover it."""
    if params.similarity is None:
        return False
    judgement = judge(analysis)
    best, _ = closest(judgement.vectors, exemplars(scenario, point))
    return any(
        best[i] >= params.similarity and sentence.negativity < MEANING_NEGATIVE
        for i, sentence in enumerate(judgement.sentences)
    )
