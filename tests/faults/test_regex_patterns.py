"""Item 5: a pattern that backtracks catastrophically is refused at validation, Python's
private regex parser is not used, and any regex work left has a time bound."""

from __future__ import annotations

import ast
import contextlib
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.content.model_base import checked_regex
from coach.content.regex_syntax import PatternSyntaxError, parse_pattern, pattern_problem
from coach.scoring import load_library, score_reply
from coach.text import bounded_regex
from coach.text.bounded_regex import BoundedPattern

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text(encoding="utf-8")
ENTRY = "  - {phrase: your integration is broken,"


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+$", r"(a*)*b", r"(?:\w+\s?)+$", r"((ab)*c?)+", r"(?:x|(?:y+))*z", r"(a+){1,50}"],
)
def test_nested_unbounded_repetition_is_refused(pattern):
    assert "nested repetition" in pattern_problem(pattern)
    with pytest.raises(ValueError, match="unsafe regular expression"):
        checked_regex(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\d(?:[ -]?\d){12,18}\b",
        r"(?:\w+ ){1,5}done",
        r"\bwhat part of .{1,40}? (?:do|don't) you\b",
        r"(?<!not )\b(?:back|fixed)\b[^.!?\n]{0,25}\b(?:soon|today)\b",
        r"(?i)\bпароль\s*[:=]\s*\S+",
        r"a+b+c*",
        r"(?:ab)+",
        r"(?x) a + \# (?# comment ) [ ]",
    ],
)
def test_ordinary_patterns_pass(pattern):
    assert pattern_problem(pattern) is None
    assert checked_regex(pattern) == pattern


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("a{4294967296}", "repeat count"),
        ("a{2000}", "repeat count"),
        ("(" * 2000 + "a" + ")" * 2000, "nested more than"),
        ("x" * 6000, "limited to"),
    ],
)
def test_patterns_too_large_for_the_engines_are_refused(pattern, words):
    with pytest.raises(ValueError, match=words):
        checked_regex(pattern)


def test_a_scenario_with_a_catastrophic_pattern_fails_validation_at_its_line(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD.replace(ENTRY, "  - {pattern: '(a+)+$',", 1), encoding="utf-8")
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "(a+)+$" in text)
    library = load_library([path])
    assert not library.scenarios
    assert [(i.line, "nested repetition" in i.message) for i in library.issues] == [(line, True)]


def test_the_core_does_not_use_pythons_private_regex_parser():
    private = {"re._parser", "re._constants", "re._compiler", "sre_parse", "sre_constants"}
    for source in (ROOT / "coach").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                names = {node.module or ""} | {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
                names = {a.value for a in node.args if isinstance(a, ast.Constant)}
            else:
                continue
            assert not names & private, (source, names & private)


def test_a_slow_pattern_that_passes_validation_is_stopped_in_time(monkeypatch):
    monkeypatch.setattr(bounded_regex, "BASE_SECONDS", 0.2)
    pattern = BoundedPattern(r"(a|aa)+$")  # overlapping alternatives: not refused
    started = time.perf_counter()
    assert list(pattern.finditer("a" * 60 + "b")) == []
    assert pattern.search("a" * 60 + "b") is None
    assert time.perf_counter() - started < 2.0  # `re` takes hours on this


def test_a_reply_scores_in_time_whatever_the_pattern(library, rubric_en, tmp_path, monkeypatch):
    monkeypatch.setattr(bounded_regex, "BASE_SECONDS", 0.2)
    path = tmp_path / "s.yaml"
    path.write_text(
        GOOD.replace(ENTRY, "  - {pattern: '(?:a|aa)+$',", 1).replace(
            "id: test-api-en", "id: slow-pattern"
        ),
        encoding="utf-8",
    )
    loaded = load_library([path])
    scenario = loaded.scenarios["slow-pattern"]
    started = time.perf_counter()
    score_reply("Hello. " + "a" * 40 + "!", loaded.rubrics[scenario.rubric], scenario)
    assert time.perf_counter() - started < 10.0


_PIECES = [*"ab(|)?+*.", "(?:", "(?=", "(?<!x)", "{2}", "{1,3}", "{,}", r"\b", r"\d", "[a-c]"]
_PIECES += ["[]a]", r"\x41", r"\1", "(?P<n>", "(?P=n)", "(?#c)", "*?", "++", "{", "}", r"\\"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10).map("".join))
@settings(max_examples=300, deadline=None, database=None)
def test_every_pattern_re_compiles_can_be_read(pattern):
    """The safety check reads every pattern `re` accepts (one it could not read would be
    refused), and nothing here raises anything but PatternSyntaxError."""
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError):
        with contextlib.suppress(PatternSyntaxError):
            parse_pattern(pattern)
        return
    parse_pattern(pattern)
