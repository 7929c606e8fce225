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


GOOD_RU = (ROOT / "tests/data/scenarios/api-ru.yaml").read_text()
# A "good" example that only thanks: under the floor and too close to the bad ones.
THANKS_ONLY_RU = (
    "    - id: thanks-only\n      note: Только благодарит.\n      text: Спасибо за сообщение.\n"
)


@pytest.fixture
def russian_file(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(GOOD_RU.replace("  good:\n", "  good:\n" + THANKS_ONLY_RU, 1))
    return path


def test_a_russian_scenario_s_selftest_problems_are_in_russian(russian_file):
    library = load_library([bundled_rubrics_dir(), russian_file])
    assert library.issues == []
    result = selftest_scenario(library, library.scenarios["test-api-ru"])
    thanks = next(e for e in result.examples if e.example_id == "thanks-only")
    blame = next(e for e in result.examples if e.example_id == "blame")
    good, bad = thanks.report.overall, blame.report.overall
    assert good < 75
    assert good - bad < 15
    assert result.problems[:2] == [
        f"хороший пример 'thanks-only' получает {good} < 75.0",
        f"хороший пример 'thanks-only' ({good}) опережает плохой 'blame' ({bad}) на "
        f"{good - bad:.1f} < 15.0",
    ]


def test_russian_verbose_labels(russian_file, capsys):
    main(["selftest", "--verbose", str(russian_file)])
    out = capsys.readouterr().out.splitlines()
    flagged = [line for line in out if line.startswith("         fails: tone -- ")]
    assert flagged
    assert all(
        line.startswith("         fails: tone -- отмечен (")
        and line.endswith(" < 80) замечаниями:")
        for line in flagged
    )
    assert not any("flagged" in line for line in out)
