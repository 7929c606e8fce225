"""The compiled build is used only while it matches the sources, and scores exactly as the
source does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach import native
from coach.native import MANIFEST, abi_tag, check_build, source_digests

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """A source tree with a current build of it: (root, build dir)."""
    root = tmp_path / "src"
    (root / "coach" / "text").mkdir(parents=True)
    (root / "coach" / "__init__.py").write_text("")
    (root / "coach" / "text" / "tokens.py").write_text("X = 1\n")
    build = tmp_path / "build"
    (build / "coach" / "text").mkdir(parents=True)
    (build / "coach" / "text" / "tokens.so").write_bytes(b"")
    manifest = {
        "abi": abi_tag(),
        "sources": source_digests(root),
        "files": {"coach.text.tokens": "coach/text/tokens.so"},
    }
    (build / MANIFEST).write_text(json.dumps(manifest))
    return root, build


def test_a_current_build_is_used(tree: tuple[Path, Path]) -> None:
    root, build = tree
    status, files = check_build(build, root, environ={})
    assert status.active
    assert files == {"coach.text.tokens": build / "coach" / "text" / "tokens.so"}


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda root: (root / "coach/text/tokens.py").write_text("X = 2\n"), "edited"),
        (lambda root: (root / "coach/text/negation.py").write_text(""), "new"),
        (lambda root: (root / "coach/text/tokens.py").unlink(), "gone"),
    ],
)
def test_an_edited_source_makes_the_build_stale(tree: tuple[Path, Path], change, detail) -> None:
    root, build = tree
    change(root)
    status, files = check_build(build, root, environ={})
    assert not status.active
    assert files == {}
    assert "stale" in status.detail
    assert detail in status.detail


def test_a_build_for_another_python_is_ignored(tree: tuple[Path, Path]) -> None:
    root, build = tree
    manifest = json.loads((build / MANIFEST).read_text())
    (build / MANIFEST).write_text(json.dumps({**manifest, "abi": ".cpython-39-x86_64.so"}))
    status, files = check_build(build, root, environ={})
    assert not status.active
    assert "cpython-39" in status.detail
    assert files == {}


def test_missing_extension_or_manifest_runs_from_source(tree: tuple[Path, Path]) -> None:
    root, build = tree
    (build / "coach" / "text" / "tokens.so").unlink()
    assert "incomplete build" in check_build(build, root, environ={})[0].detail
    (build / MANIFEST).write_text("{not json")
    assert "unreadable manifest" in check_build(build, root, environ={})[0].detail
    (build / MANIFEST).unlink()
    assert "not built" in check_build(build, root, environ={})[0].detail


def test_coach_native_0_turns_the_build_off(tree: tuple[Path, Path]) -> None:
    root, build = tree
    status, files = check_build(build, root, environ={"COACH_NATIVE": "0"})
    assert not status.active
    assert files == {}


def test_make_test_runs_the_compiled_build() -> None:
    """`make test` builds the extensions and sets COACH_REQUIRE_NATIVE: the suite must then
    have run against them, not silently against the source."""
    if not os.environ.get("COACH_REQUIRE_NATIVE"):
        pytest.skip("the compiled build is optional outside `make test`")
    import coach.scoring.engine
    import coach.text.tokens

    assert native.STATUS.active, native.STATUS.detail
    for module in (coach.text.tokens, coach.scoring.engine):
        assert Path(module.__file__ or "").suffix == ".so"


SCORE_ALL = """
import json, sys
from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.scoring import load_library, score_reply
from bench.replies import make_reply
library = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
reports = []
for scenario in sorted(library.scenarios.values(), key=lambda s: s.id):
    rubric = library.rubrics[scenario.rubric]
    texts = [e.text for e in scenario.examples.good + scenario.examples.bad]
    texts += [make_reply(scenario.language, seed) for seed in range(3)]
    reports += [score_reply(text, rubric, scenario).to_json() for text in texts]
print(json.dumps(reports))
"""


def _reports(compiled: bool) -> list[str]:
    env = {**os.environ, "COACH_NATIVE": "1" if compiled else "0"}
    out = subprocess.run(
        [sys.executable, "-c", SCORE_ALL],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return list(json.loads(out.stdout))


@pytest.mark.slow
def test_compiled_and_source_reports_are_identical() -> None:
    if not native.STATUS.active:
        pytest.skip(f"no compiled build to compare: {native.STATUS.detail}")
    compiled, source = _reports(compiled=True), _reports(compiled=False)
    assert len(compiled) > 100
    assert compiled == source
