"""An installed wheel scores on its own: built from the sources, installed into a fresh
virtual environment outside the checkout, run from an empty folder.

What this proves is that the bundled rubrics and scenarios travel as package data and are
found through `importlib.resources` (a wheel once shipped 0 YAML files and printed
"unknown rubric 'support-en' (known: )").

How the fresh environment gets its dependencies, honestly: it is a new `venv` with no
system site-packages and only Reply Coach installed into it (`--no-deps`). Installing
PySide6, numpy, the encoder and the rest again would take minutes and the network, so one
`.pth` file makes the test interpreter's own site-packages importable *after* the new
environment's. A `.pth` entry only adds the folder to `sys.path`; the `.pth` files inside
it (such as the editable install of the checkout) are not processed, so `coach` itself can
only come from the wheel, which the test asserts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLAME = "You are doing everything wrong. Here is the documentation, study it and try again."

pytestmark = pytest.mark.slow


def _can_build_offline() -> bool:
    """Whether this interpreter can build the wheel without fetching a build backend:
    setuptools 70.1 carries `bdist_wheel` itself; older ones need the `wheel` package."""
    major, minor = (int(part) for part in version("setuptools").split(".")[:2])
    return (major, minor) >= (70, 1) or find_spec("wheel") is not None


def _build_wheel(tmp_path: Path) -> Path:
    # From a copy holding only what the wheel is made of, so the build leaves no `build/`
    # or `*.egg-info` in the checkout and sees no stray files there.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "coach", source / "coach", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    out = tmp_path / "dist"
    command = [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(out)]
    command += ["--disable-pip-version-check", "--quiet"]
    if _can_build_offline():
        command.append("--no-build-isolation")
    # Otherwise pip fetches setuptools from the package index, as `make setup` does.
    subprocess.run(command, check=True, cwd=tmp_path, timeout=300)
    wheels = list(out.glob("reply_coach-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `bin/` folder of a fresh environment holding only the built wheel."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp_path)
    env_dir = tmp_path / "env"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    subprocess.run(
        [*install, "--disable-pip-version-check", "--quiet", str(wheel)],
        check=True,
        timeout=300,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "test_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return env_dir / "bin"


def _run(bin_dir: Path, cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "COACH_CONTENT_PATH"}}
    env["OPENBLAS_NUM_THREADS"] = "1"
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        check=False,  # the exit code is asserted
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """An empty working folder: nothing relative to it can stand in for package data."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder


def test_the_wheel_holds_the_bundled_content_and_imports_from_the_environment(installed, elsewhere):
    code = (
        "import coach, json; from coach.paths import bundled_rubrics_dir as r, "
        "bundled_scenarios_dir as s; print(json.dumps([coach.__file__, "
        "len(list(r().glob('*.yaml'))), len(list(s().rglob('*.yaml')))]))"
    )
    result = _run(installed, elsewhere, "python", "-c", code)
    assert result.returncode == 0, result.stderr
    where, rubrics, scenarios = json.loads(result.stdout)
    assert Path(where).is_relative_to(installed.parent), where
    bundled = ROOT / "coach" / "data"
    assert rubrics == len(list((bundled / "rubrics").glob("*.yaml"))) == 2
    assert scenarios == len(list((bundled / "scenarios").rglob("*.yaml")))


def test_score_with_a_bundled_scenario(installed, elsewhere):
    result = _run(
        installed, elsewhere, "coach", "score", "--scenario", "api-params-vip-en", "--json", "-",
        stdin=BLAME,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["scenario_id"] == "api-params-vip-en"
    assert report["rubric_id"] == "support-en"
    assert report["band"] == "Poor"
    assert any(f["quote"] == "You are doing everything wrong" for f in report["findings"])


def test_score_with_the_default_rubric(installed, elsewhere):
    result = _run(installed, elsewhere, "coach", "score", "--lang", "en", "-", stdin=BLAME)
    assert result.returncode == 0, result.stderr
    assert re.match(r"Overall \d+/100 \(Poor\)\n", result.stdout), result.stdout
    assert "- tone/blame [0:30]:" in result.stdout


def test_validate_a_new_scenario_and_refuse_a_bundled_id(installed, elsewhere):
    bundled = (ROOT / "coach/data/scenarios/en/api-params-vip-en.yaml").read_text("utf-8")
    (elsewhere / "new.yaml").write_text(
        bundled.replace("id: api-params-vip-en", "id: my-api-params-en", 1), encoding="utf-8"
    )
    (elsewhere / "clash.yaml").write_text(bundled, encoding="utf-8")

    good = _run(installed, elsewhere, "coach", "validate", "new.yaml")
    assert good.returncode == 0, good.stdout
    # No errors; warnings at most (a trainer's copy may have untested avoid entries).
    assert all(": warning: " in line for line in good.stdout.splitlines())
    assert good.stderr.startswith("1 valid, 0 with errors, 0 error(s)")

    clash = _run(installed, elsewhere, "coach", "validate", "clash.yaml")
    assert clash.returncode == 1
    site_file = installed.parent / "lib"  # the copy inside the environment is named
    assert clash.stdout.startswith(
        f"clash.yaml:4:5: duplicate scenario id 'api-params-vip-en' (also defined at {site_file}"
    ), clash.stdout
    assert clash.stdout.endswith("coach/data/scenarios/en/api-params-vip-en.yaml:4)\n")


def test_selftest_of_the_bundled_scenarios(installed, elsewhere):
    result = _run(installed, elsewhere, "coach", "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    count = len(list((ROOT / "coach/data/scenarios").rglob("*.yaml")))
    assert result.stdout.splitlines()[-1] == f"{count} passed, 0 failed"
    assert re.search(r"^api-params-vip-en +[\d.]+ +[\d.]+ +[\d.]+  ok$", result.stdout, re.M)
