"""Load a set of scenario and rubric files: the good ones plus every located problem.

One broken file never stops the others. Cross-file rules (duplicate ids, a scenario's
rubric, overrides of rubric checks, names used by branch conditions) are checked here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from coach.content.authoring_messages import say, word
from coach.content.avoid import ScenarioAvoidOptions
from coach.content.enums import DEFAULT_LANGUAGE
from coach.content.issues import ContentIssue
from coach.content.model_base import LANGUAGES_CONTEXT
from coach.content.rubric import (
    COMMON_KEYS,
    CheckCommon,
    RefersToChecks,
    Rubric,
    RubricCheck,
    RubricDoc,
)
from coach.content.scenario import Scenario
from coach.content.validation_messages import issues_from
from coach.content.yaml_source import LocatedDocument, UnreadFileError, YamlError, load_yaml

_log = logging.getLogger(__name__)

CheckSchemas = Mapping[str, type[BaseModel]]
"""Check type name -> pydantic model of its parameters (provided by the scoring layer)."""

YAML_SUFFIXES = (".yaml", ".yml")
RUBRIC_MARKERS = frozenset({"dimensions", "checks", "bands"})


@dataclass
class Library:
    """Everything that loaded, and everything that did not (as located issues)."""

    rubrics: dict[str, Rubric] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    issues: list[ContentIssue] = field(default_factory=list)

    @property
    def failed_files(self) -> set[Path]:
        """Files with at least one problem."""
        return {issue.path for issue in self.issues}


def find_yaml_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders recursively; keep explicit files whatever their suffix."""
    return find_content_files(paths)[0]


def find_content_files(paths: Iterable[Path]) -> tuple[list[Path], list[UnreadFileError]]:
    """The YAML files under `paths`, and the folders that could not be listed.

    Every entry with a YAML suffix is kept, file or not (a folder named `x.yaml`, a
    dangling or looping symlink, a FIFO), so that loading reports it instead of it
    vanishing. Symlinked folders are not followed, as before, so no loop can form.
    """
    found: dict[Path, None] = {}
    issues: list[UnreadFileError] = []
    for path in paths:
        if _is_dir(path):
            under: list[Path] = []
            for folder, dirnames, filenames in os.walk(path, onerror=_collect_into(issues)):
                dirnames.sort()
                for name in [*dirnames, *filenames]:
                    if Path(name).suffix in YAML_SUFFIXES:
                        under.append(Path(folder) / name)
            found.update(dict.fromkeys(sorted(under)))
        else:
            found[path] = None
    return list(found), issues


def _collect_into(issues: list[UnreadFileError]) -> Callable[[OSError], None]:
    """An `os.walk` error handler that reports a folder it cannot list."""

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else Path(".")
        issues.append(UnreadFileError(where, "cannot_read_folder", error))

    return unreadable


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _exists(path: Path) -> bool:
    """Whether anything is there, even a broken or looping symlink (loading says which)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def load_library(
    paths: Iterable[Path],
    check_schemas: CheckSchemas,
    extra_rubric_paths: Iterable[Path] = (),
    reserved_paths: Iterable[Path] = (),
    read: Callable[[Path], LocatedDocument] = load_yaml,
    *,
    languages: Collection[str],
) -> Library:
    """Load every YAML file under `paths`.

    `languages` are the codes a `language:` may name: those with a language profile
    (`coach.text.languages`, above this layer, so the caller passes them in).

    `extra_rubric_paths` are loaded too (so a scenario can name a bundled rubric) but their
    problems are reported only when a scenario needs them or they were also in `paths`.
    A rubric under `paths` with the id of one of them takes its place (rescoring with an
    edited copy of a bundled rubric relies on it).

    `reserved_paths` hold content already on the search path (`coach validate new.yaml`
    checks new files against the bundled and the trainers' content): it is loaded first,
    its own problems are not reported, and a file under `paths` reusing one of its rubric
    or scenario ids is an error naming both files.

    `read` parses one file (default `load_yaml`). The workbench passes one that returns the
    editor's unsaved text for the file being edited and cached parses for the others, so
    a buffer is validated exactly as `coach validate` validates the saved file.
    """
    library = Library()
    requested, unread = find_content_files(paths)
    requested_set = {resolved_path(p) for p in requested}
    reserved = [
        p for p in find_content_files(reserved_paths)[0] if resolved_path(p) not in requested_set
    ]
    taken = requested_set | {resolved_path(p) for p in reserved}
    extras = [p for p in find_yaml_files(extra_rubric_paths) if resolved_path(p) not in taken]

    # Reserved first, so that a clash is reported at the new file, not the bundled one.
    # Each document with whether its problems are reported and whether its scenarios load.
    docs: list[tuple[LocatedDocument, bool, bool]] = []
    listed = [(p, False, True) for p in reserved] + [(p, True, True) for p in requested]
    for path, reported, scenarios in listed + [(p, False, False) for p in extras]:
        if read is load_yaml and not _exists(path):
            # Reported even when not asked for: a bundled or search-path folder that is
            # missing explains why an id is unknown. (Another `read` may know a file that
            # is not on disk yet: a new scenario not saved so far.)
            unread.append(UnreadFileError(path, "no_such_path"))
            continue
        try:
            docs.append((read(path), reported, scenarios))
        except UnreadFileError as problem:
            if reported:
                unread.append(problem)
        except YamlError as problem:
            if reported:
                library.issues.append(problem.issue)
    library.issues.extend(
        problem.issue_in(_folder_language(problem.path, docs)) for problem in unread
    )

    rubric_docs = [(d, r) for d, r, _ in docs if _is_rubric(d)]
    scenario_docs = [(d, r) for d, r, scenarios in docs if scenarios and not _is_rubric(d)]
    context = _validation_context(languages)
    rubric_sites: dict[str, ContentIssue] = {}
    for doc, reported in rubric_docs:
        issues = _guarded(
            doc, lambda d: _add_rubric(library, d, check_schemas, rubric_sites, context)
        )
        if reported:
            library.issues.extend(issues)
    scenario_sites: dict[str, ContentIssue] = {}
    for doc, reported in scenario_docs:
        issues = _guarded(
            doc, lambda d: _add_scenario(library, d, check_schemas, scenario_sites, context)
        )
        if reported:
            library.issues.extend(issues)
    library.issues.sort()
    return library


def _folder_language(path: Path, docs: Iterable[tuple[LocatedDocument, bool, bool]]) -> str:
    """The language to say a problem with unreadable `path` in: the one every file read
    beside it declares (a trainer's Russian folder gets Russian), else the default."""
    folder = path.parent
    languages = {doc.language for doc, _, _ in docs if doc.path.parent == folder}
    return languages.pop() if len(languages) == 1 else DEFAULT_LANGUAGE


def _validation_context(languages: Collection[str]) -> dict[str, Any]:
    return {LANGUAGES_CONTEXT: tuple(languages)}


def resolved_path(path: Path) -> Path:
    """`path.resolve()`, or the absolute path as written when it cannot be resolved."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop: compare as written
        return path.absolute()


def _guarded(
    doc: LocatedDocument, add: Callable[[LocatedDocument], list[ContentIssue]]
) -> list[ContentIssue]:
    """`add(doc)`, with a failure nobody foresaw confined to this file: it is logged with
    its traceback (it is a bug) and reported at the file, and the other files still load."""
    try:
        return add(doc)
    except Exception as exc:
        _log.exception("loading %s failed", doc.path)
        error = f"{type(exc).__name__}: {exc}"
        return [ContentIssue(doc.path, 1, 1, say("load_failed", doc.language, error=error))]


def _is_rubric(doc: LocatedDocument) -> bool:
    return isinstance(doc.data, dict) and bool(RUBRIC_MARKERS & doc.data.keys())


def _top_level_mapping(doc: LocatedDocument) -> list[ContentIssue]:
    if isinstance(doc.data, dict):
        return []
    # Without keys there is no telling which of the two it was meant to be.
    return [doc.issue([], say("not_a_mapping", doc.language))]


def _unknown_references(
    checks: list[RubricCheck],
    index: dict[str, int],
    declared: list[str],
    doc: LocatedDocument,
) -> list[ContentIssue]:
    """A check naming another check by an id the rubric does not declare."""
    issues: list[ContentIssue] = []
    for check in checks:
        if not isinstance(check.params, RefersToChecks):
            continue
        for name in check.params.referenced_checks():
            if name not in declared:
                issues.append(
                    doc.issue(
                        ["checks", index[check.id]],
                        say(
                            "unknown_check_reference",
                            doc.language,
                            check=check.id,
                            name=name,
                            known=", ".join(declared),
                        ),
                    )
                )
    return issues


def _add_rubric(
    library: Library,
    doc: LocatedDocument,
    schemas: CheckSchemas,
    sites: dict[str, ContentIssue],
    context: dict[str, Any],
) -> list[ContentIssue]:
    try:
        rubric_doc = RubricDoc.model_validate(doc.data, context=context)
    except ValidationError as exc:
        return issues_from(exc, doc, model=RubricDoc)
    issues: list[ContentIssue] = []
    checks: list[RubricCheck] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(rubric_doc.checks):
        check, check_issues = _validate_check(raw, doc, ["checks", index], schemas)
        issues.extend(check_issues)
        if check is None:
            continue
        if check.id in seen:
            issues.append(
                doc.issue(
                    ["checks", index, "id"], say("duplicate_check_id", doc.language, id=check.id)
                )
            )
        elif check.dimension not in rubric_doc.dimensions:
            issues.append(
                doc.issue(
                    ["checks", index, "dimension"],
                    say(
                        "unknown_dimension_defines",
                        doc.language,
                        dimension=check.dimension,
                        known=", ".join(rubric_doc.dimensions),
                    ),
                )
            )
        seen[check.id] = index
        checks.append(check)
    # A check that failed validation still has its id: naming it is not a second error.
    declared = [
        str(raw["id"]) for raw in rubric_doc.checks if isinstance(raw, dict) and "id" in raw
    ]
    issues.extend(_unknown_references(checks, seen, declared, doc))
    where = doc.issue(["id"], "")
    if rubric_doc.id in sites:
        first = sites[rubric_doc.id]
        issues.append(
            doc.issue(
                ["id"],
                say(
                    "duplicate_rubric_id",
                    doc.language,
                    id=rubric_doc.id,
                    where=f"{first.path}:{first.line}",
                ),
            )
        )
    if issues:
        return issues
    sites[rubric_doc.id] = where
    library.rubrics[rubric_doc.id] = Rubric(
        id=rubric_doc.id,
        language=rubric_doc.language,
        title=rubric_doc.title,
        description=rubric_doc.description,
        dimensions=dict(rubric_doc.dimensions),
        bands=tuple(sorted(rubric_doc.bands, key=lambda b: b.min, reverse=True)),
        checks=tuple(checks),
        critical_cap=rubric_doc.critical_cap,
        cap_range=rubric_doc.cap_range,
        floor=rubric_doc.floor,
        path=str(doc.path),
        content_hash=doc.content_hash,
        check_index={c.id: c for c in checks},
    )
    return []


def _validate_check(
    raw: Any, doc: LocatedDocument, loc: list[str | int], schemas: CheckSchemas
) -> tuple[RubricCheck | None, list[ContentIssue]]:
    if not isinstance(raw, dict):
        return None, [doc.issue(loc, say("check_not_a_mapping", doc.language))]
    try:
        common = CheckCommon.model_validate(raw)
    except ValidationError as exc:
        return None, issues_from(exc, doc, loc, model=CheckCommon)
    schema = schemas.get(common.type)
    if schema is None:
        return None, [
            doc.issue(
                [*loc, "type"],
                say(
                    "unknown_check_type",
                    doc.language,
                    type=common.type,
                    known=", ".join(sorted(schemas)),
                ),
            )
        ]
    params_raw = {k: v for k, v in raw.items() if k not in COMMON_KEYS}
    try:
        params = schema.model_validate(params_raw)
    except ValidationError as exc:
        return None, issues_from(exc, doc, loc, model=schema, extra_known=COMMON_KEYS)
    values = {k: getattr(common, k) for k in COMMON_KEYS}
    return RubricCheck(**values, params=params), []


def _add_scenario(
    library: Library,
    doc: LocatedDocument,
    schemas: CheckSchemas,
    sites: dict[str, ContentIssue],
    context: dict[str, Any],
) -> list[ContentIssue]:
    top = _top_level_mapping(doc)
    if top:
        return top
    try:
        scenario = Scenario.model_validate(doc.data, context=context)
    except ValidationError as exc:
        return issues_from(exc, doc, model=Scenario)
    issues = _cross_check(scenario, doc, library, schemas)
    if scenario.id in sites:
        first = sites[scenario.id]
        issues.append(
            doc.issue(
                ["id"],
                say(
                    "duplicate_scenario_id",
                    doc.language,
                    id=scenario.id,
                    where=f"{first.path}:{first.line}",
                ),
            )
        )
    if issues:
        return issues
    sites[scenario.id] = doc.issue(["id"], "")
    scenario.attach_source(str(doc.path), doc.content_hash)
    library.scenarios[scenario.id] = scenario
    return []


def _cross_check(
    scenario: Scenario, doc: LocatedDocument, library: Library, schemas: CheckSchemas
) -> list[ContentIssue]:
    issues: list[ContentIssue] = []
    rubric = library.rubrics.get(scenario.rubric)
    if rubric is None:
        known = ", ".join(sorted(library.rubrics)) or word("none_loaded", doc.language)
        message = say("unknown_rubric", doc.language, rubric=scenario.rubric, known=known)
        return [doc.issue(["rubric"], message)]
    if rubric.language != scenario.language:
        issues.append(
            doc.issue(
                ["rubric"],
                say(
                    "rubric_language_mismatch",
                    doc.language,
                    rubric=rubric.id,
                    rubric_language=rubric.language,
                    scenario_language=scenario.language,
                ),
            )
        )
    issues += _unique_ids(doc, "key_points", [kp.id for kp in scenario.key_points])
    issues += _unique_ids(doc, "turns", [t.id for t in scenario.turns])
    issues += _check_conditions(scenario, doc, rubric)
    issues += _check_dimension_names(scenario, doc, rubric)
    for check_id, override in scenario.overrides.items():
        issues += _check_override(doc, rubric, check_id, override, schemas)
    return issues


def _check_conditions(
    scenario: Scenario, doc: LocatedDocument, rubric: Rubric
) -> list[ContentIssue]:
    issues = []
    dimensions = set(rubric.dimensions) | {"overall"}
    key_points = {kp.id for kp in scenario.key_points}
    for t_index, turn in enumerate(scenario.turns):
        for b_index, branch in enumerate(turn.branches or []):
            if branch.when is None:
                continue
            for kind, name in branch.when.references():
                known = dimensions if kind == "dimension" else key_points
                if name not in known:
                    issues.append(
                        doc.issue(
                            ["turns", t_index, "branches", b_index, "when"],
                            say(
                                f"condition_unknown_{kind}",
                                doc.language,
                                name=name,
                                known=", ".join(sorted(known)) or word("none", doc.language),
                            ),
                        )
                    )
    return issues


def _check_dimension_names(
    scenario: Scenario, doc: LocatedDocument, rubric: Rubric
) -> list[ContentIssue]:
    issues = []
    for e_index, example in enumerate(scenario.examples.bad):
        for f_index, dim in enumerate(example.fails):
            if dim not in rubric.dimensions:
                issues.append(
                    doc.issue(
                        ["examples", "bad", e_index, "fails", f_index],
                        say(
                            "unknown_dimension_rubric_has",
                            doc.language,
                            dimension=dim,
                            rubric=rubric.id,
                            known=", ".join(rubric.dimensions),
                        ),
                    )
                )
    for a_index, entry in enumerate(scenario.avoid):
        if entry.dimension not in rubric.dimensions:
            issues.append(
                doc.issue(
                    ["avoid", a_index, "dimension"],
                    say("unknown_dimension", doc.language, dimension=entry.dimension),
                )
            )
        elif not _taken_by_a_check(rubric, entry.dimension, entry.is_critical):
            what = (
                word("critical_entries", doc.language)
                if entry.is_critical
                else f"{word('dimension_entries', doc.language)} '{entry.dimension}'"
            )
            message = say("avoid_not_taken", doc.language, rubric=rubric.id, what=what)
            issues.append(doc.issue(["avoid", a_index], message))
    return issues


def _taken_by_a_check(rubric: Rubric, dimension: str, critical: bool) -> bool:
    """Whether some enabled check would score a scenario avoid entry of this kind."""
    for check in rubric.checks:
        params = check.params
        if not check.enabled or not isinstance(params, ScenarioAvoidOptions):
            continue
        if critical and params.include_critical_scenario:
            return True
        if not critical and check.dimension == dimension and params.include_scenario:
            return True
    return False


def _unique_ids(doc: LocatedDocument, key: str, ids: list[str]) -> list[ContentIssue]:
    seen: set[str] = set()
    issues = []
    for index, item_id in enumerate(ids):
        if item_id in seen:
            message = say("duplicate_id", doc.language, id=item_id, key=key)
            issues.append(doc.issue([key, index, "id"], message))
        seen.add(item_id)
    return issues


def _check_override(
    doc: LocatedDocument,
    rubric: Rubric,
    check_id: str,
    override: dict[str, Any],
    schemas: CheckSchemas,
) -> list[ContentIssue]:
    loc: list[str | int] = ["overrides", check_id]
    base = rubric.check_index.get(check_id)
    if base is None:
        return [
            doc.issue(
                loc,
                say(
                    "override_unknown_check",
                    doc.language,
                    rubric=rubric.id,
                    check=check_id,
                    known=", ".join(rubric.check_index),
                ),
            )
        ]
    try:
        merged_overrides(base, override, schemas)
    except ValidationError as exc:
        return issues_from(exc, doc, loc, model=schemas[base.type], extra_known=COMMON_KEYS)
    except ValueError as exc:
        return [doc.issue(loc, str(exc))]
    return []


def merged_overrides(
    base: RubricCheck, override: dict[str, Any], schemas: CheckSchemas
) -> RubricCheck:
    """Apply a scenario's override of one check; raises on invalid values."""
    if "id" in override or "type" in override:
        raise ValueError("an override cannot change a check's 'id' or 'type'")
    common = {k: v for k, v in override.items() if k in COMMON_KEYS}
    if common:
        checked = CheckCommon.model_validate(
            {
                "id": base.id,
                "type": base.type,
                "dimension": base.dimension,
                "message": base.message,
                **common,
            }
        )
        common = {k: getattr(checked, k) for k in common}
    params_raw = {k: v for k, v in override.items() if k not in COMMON_KEYS}
    params = base.params
    if params_raw:
        params = schemas[base.type].model_validate({**base.params.model_dump(), **params_raw})
    return base.with_overrides(common, params)


def scenario_checks(
    scenario: Scenario, rubric: Rubric, schemas: CheckSchemas
) -> tuple[RubricCheck, ...]:
    """The rubric's checks as this scenario tunes them (validated at load time)."""
    checks = []
    for check in rubric.checks:
        override = scenario.overrides.get(check.id)
        checks.append(merged_overrides(check, override, schemas) if override else check)
    return tuple(checks)
