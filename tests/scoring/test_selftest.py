"""selftest: what "flagged on the dimension it fails" means, and --verbose detail."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.cli import main
from coach.paths import bundled_rubrics_dir
from coach.scoring import load_library
from coach.scoring.selftest import FLAG_CEILING, flagged_on, selftest_scenario

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()
POLITE_BUT_EMPTY = (
    "    - id: polite-but-empty\n"
    "      note: Warm, but fixes nothing.\n"
    "      fails: [tone]\n"
    "      text: Hi Daniel, thank you for your message. I understand how frustrating this "
    "is. Best regards, Anna\n"
)


@pytest.fixture
def scenario_file(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD.replace("  bad:\n", "  bad:\n" + POLITE_BUT_EMPTY, 1))
    return path


def _result(path):
    library = load_library([bundled_rubrics_dir(), path])
    assert library.issues == []
    return selftest_scenario(library, library.scenarios["test-api-en"])


def test_a_bad_example_not_flagged_says_why_and_names_the_fails_key(scenario_file):
    result = _result(scenario_file)
    polite = next(e for e in result.examples if e.example_id == "polite-but-empty")
    tone = polite.report.dimensions["tone"]
    assert tone >= FLAG_CEILING  # the premise: a warm reply scores well on tone
    assert not flagged_on(polite.report, "tone")
    assert (
        f"bad 'polite-but-empty' (fails: [tone]) is not flagged on tone: tone scores "
        f"{tone:.1f}, not under 80"
    ) in result.problems


def test_verbose_prints_every_example_and_what_flags_each_bad_one(
    scenario_file, capsys, monkeypatch
):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["selftest", "--verbose", str(scenario_file)])
    out = capsys.readouterr().out
    result = _result(scenario_file)
    assert code == 1
    for example in result.examples:
        report = example.report
        dims = " · ".join(f"{n} {v:.1f}" for n, v in report.dimensions.items())
        line = (
            f"  {example.kind:<4} {example.example_id:<28} {report.overall:5.1f} "
            f"{report.band:<11} {dims}"
        )
        assert line in out.splitlines()
    blame = next(e for e in result.examples if e.example_id == "blame")
    assert (
        f"         fails: tone -- flagged ({blame.report.dimensions['tone']:.1f} < 80) by:"
        in out.splitlines()
    )
    assert "           major blame “You are doing everything wrong”" in out.splitlines()
    polite = next(e for e in result.examples if e.example_id == "polite-but-empty")
    assert (
        f"         fails: tone -- NOT flagged: tone scores "
        f"{polite.report.dimensions['tone']:.1f}, not under 80" in out.splitlines()
    )


def test_without_verbose_only_the_table_and_problems(scenario_file, capsys):
    main(["selftest", str(scenario_file)])
    assert "fails: tone" not in capsys.readouterr().out
