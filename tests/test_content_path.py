"""The content search path: bundled content first, then COACH_CONTENT_PATH, then the
folders named with `--content`; ids unique across all of it (coach/paths.py, coach/cli.py)."""

import io
import json
import os
from pathlib import Path

import pytest

from coach.cli import main
from coach.paths import (
    bundled_rubrics_dir,
    bundled_scenarios_dir,
    content_search_path,
    split_folder_list,
    trainer_content_folders,
)

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
API_EN = (DATA / "scenarios" / "api-en.yaml").read_text(encoding="utf-8")
BUNDLED_VIP = bundled_scenarios_dir() / "en" / "api-params-vip-en.yaml"
BUNDLED_COUNT = len(list(bundled_scenarios_dir().rglob("*.yaml")))
REPLY = "Hi Ryan, I understand. Please send page_size=100 and the cursor; I'll check it today."


def run(capsys, monkeypatch, args, stdin=REPLY):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def trainer_folder(root: Path, scenario_id: str = "renewal-refund-en", sub: str = "") -> Path:
    """A trainer's folder holding one scenario (in `sub`, or directly in it)."""
    folder = root / sub if sub else root
    folder.mkdir(parents=True, exist_ok=True)
    text = API_EN.replace("id: test-api-en", f"id: {scenario_id}", 1)
    (folder / f"{scenario_id}.yaml").write_text(text, encoding="utf-8")
    return root


# ---------------------------------------------------------------- coach/paths.py


def test_split_folder_list_drops_empty_entries():
    text = os.pathsep.join(["/a", "", "/b c", " "]) + os.pathsep
    assert split_folder_list(text) == [Path("/a"), Path("/b c")]


def test_search_order_is_bundled_then_the_variable_then_named_folders(tmp_path):
    first, second, named = tmp_path / "first", tmp_path / "second", tmp_path / "named"
    environ = {"COACH_CONTENT_PATH": os.pathsep.join([str(first), str(second)])}
    assert content_search_path([named], environ) == [
        bundled_rubrics_dir(),
        bundled_scenarios_dir(),
        first,
        second,
        named,
    ]
    assert trainer_content_folders([named], environ) == [first, second, named]


def test_a_folder_named_twice_is_searched_once(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (tmp_path / "link").symlink_to(folder)
    environ = {"COACH_CONTENT_PATH": str(folder)}
    found = trainer_content_folders([tmp_path / "link", tmp_path / "mine" / "."], environ)
    assert found == [folder]
    assert content_search_path([bundled_scenarios_dir()], {}) == [
        bundled_rubrics_dir(),
        bundled_scenarios_dir(),
    ]


def test_bundled_content_is_inside_the_package():
    assert bundled_rubrics_dir() == ROOT / "coach" / "data" / "rubrics"
    assert sorted(p.name for p in bundled_rubrics_dir().glob("*.yaml")) == [
        "support-en.yaml",
        "support-ru.yaml",
    ]
    assert BUNDLED_VIP.is_file()


# ---------------------------------------------------------------- --scenario ID


def test_scenario_id_found_in_a_content_folder(capsys, monkeypatch, tmp_path):
    folder = trainer_folder(tmp_path / "mine", sub="scenarios")
    args = ["score", "--content", str(folder), "--scenario", "renewal-refund-en", "--json", "-"]
    code, out, err = run(capsys, monkeypatch, args)
    assert (code, err) == (0, "")
    assert json.loads(out)["scenario_id"] == "renewal-refund-en"


def test_scenario_id_found_on_coach_content_path(capsys, monkeypatch, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    folder = trainer_folder(tmp_path / "mine")  # the YAML directly in the folder
    monkeypatch.setenv("COACH_CONTENT_PATH", os.pathsep.join([str(other), str(folder)]))
    args = ["score", "--scenario", "renewal-refund-en", "--json", "-"]
    code, out, err = run(capsys, monkeypatch, args)
    assert (code, err) == (0, "")
    assert json.loads(out)["scenario_id"] == "renewal-refund-en"


def test_content_option_is_repeatable(capsys, monkeypatch, tmp_path):
    one = trainer_folder(tmp_path / "one", "first-en")
    two = trainer_folder(tmp_path / "two", "second-en")
    for scenario_id in ("first-en", "second-en"):
        args = ["score", "--content", str(one), "--content", str(two), "--json"]
        code, out, err = run(capsys, monkeypatch, [*args, "--scenario", scenario_id, "-"])
        assert (code, err) == (0, "")
        assert json.loads(out)["scenario_id"] == scenario_id


def test_unknown_scenario_names_the_folders_searched(capsys, monkeypatch, tmp_path):
    env_folder = tmp_path / "env"
    env_folder.mkdir()
    named = tmp_path / "named"
    named.mkdir()
    monkeypatch.setenv("COACH_CONTENT_PATH", str(env_folder))
    args = ["score", "--content", str(named), "--scenario", "renewal-refund-en", "-"]
    code, out, err = run(capsys, monkeypatch, args)
    assert (code, out) == (2, "")
    assert err == (
        f"coach: error: unknown scenario 'renewal-refund-en' (searched: {bundled_rubrics_dir()}, "
        f"{bundled_scenarios_dir()}, {env_folder}, {named}; add a folder with --content DIR or "
        "COACH_CONTENT_PATH)\n"
    )


def test_unknown_scenario_says_when_files_there_failed_to_load(capsys, monkeypatch, tmp_path):
    folder = trainer_folder(tmp_path / "mine")
    broken = API_EN.replace("id: test-api-en", "id: renewal-refund-en").replace("title:", "tittle:")
    (folder / "renewal-refund-en.yaml").write_text(broken, encoding="utf-8")
    args = ["score", "--content", str(folder), "--scenario", "renewal-refund-en", "-"]
    code, _, err = run(capsys, monkeypatch, args)
    assert code == 2
    assert err == (
        f"coach: error: unknown scenario 'renewal-refund-en' (searched: {bundled_rubrics_dir()}, "
        f"{bundled_scenarios_dir()}, {folder}; 1 file(s) there have errors (see coach validate); "
        "add a folder with --content DIR or COACH_CONTENT_PATH)\n"
    )


def test_a_trainer_scenario_may_use_a_trainer_rubric(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "mine"
    (folder / "rubrics").mkdir(parents=True)
    rubric = (bundled_rubrics_dir() / "support-en.yaml").read_text(encoding="utf-8")
    (folder / "rubrics" / "strict-en.yaml").write_text(
        rubric.replace("id: support-en", "id: strict-en", 1), encoding="utf-8"
    )
    scenario = API_EN.replace("id: test-api-en", "id: strict-api-en", 1)
    (folder / "strict-api-en.yaml").write_text(
        scenario.replace("rubric: support-en", "rubric: strict-en", 1), encoding="utf-8"
    )
    by_id = ["score", "--content", str(folder), "--scenario", "strict-api-en", "--json", "-"]
    code, out, err = run(capsys, monkeypatch, by_id)
    assert (code, err) == (0, "")
    assert json.loads(out)["rubric_id"] == "strict-en"
    # Named by path, the scenario still finds its rubric on the search path.
    by_path = ["score", "--content", str(folder), "--json"]
    code, out, err = run(
        capsys, monkeypatch, [*by_path, "--scenario", str(folder / "strict-api-en.yaml"), "-"]
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["rubric_id"] == "strict-en"
    code, _, err = run(capsys, monkeypatch, ["validate", "--content", str(folder), str(folder)])
    assert (code, err) == (0, "2 valid, 0 with errors, 0 error(s), 2 warning(s)\n")


# ---------------------------------------------------------------- unique ids


def test_validate_rejects_an_id_of_a_bundled_scenario(capsys, monkeypatch, tmp_path):
    new = tmp_path / "new.yaml"
    new.write_text(BUNDLED_VIP.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, ["validate", str(new)])
    assert code == 1
    assert out == (
        f"{new}:4:5: duplicate scenario id 'api-params-vip-en' (also defined at {BUNDLED_VIP}:4)\n"
    )
    assert err == "0 valid, 1 with errors, 1 error(s)\n"


def test_validate_rejects_an_id_of_a_bundled_rubric(capsys, monkeypatch, tmp_path):
    new = tmp_path / "my-rubric.yaml"
    bundled = bundled_rubrics_dir() / "support-en.yaml"
    new.write_text(bundled.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["validate", str(new)])
    assert code == 1
    assert out == f"{new}:3:5: duplicate rubric id 'support-en' (also defined at {bundled}:3)\n"


def test_validate_rejects_an_id_taken_in_another_trainer_folder(capsys, monkeypatch, tmp_path):
    theirs = trainer_folder(tmp_path / "theirs")
    monkeypatch.setenv("COACH_CONTENT_PATH", str(theirs))
    mine = trainer_folder(tmp_path / "mine")
    code, out, _ = run(capsys, monkeypatch, ["validate", str(mine)])
    assert code == 1
    assert out == (
        f"{mine / 'renewal-refund-en.yaml'}:1:5: duplicate scenario id 'renewal-refund-en' "
        f"(also defined at {theirs / 'renewal-refund-en.yaml'}:1)\n"
    )


def test_validate_of_a_folder_on_the_path_does_not_clash_with_itself(capsys, monkeypatch, tmp_path):
    folder = trainer_folder(tmp_path / "mine")
    monkeypatch.setenv("COACH_CONTENT_PATH", str(folder))
    code, _, err = run(capsys, monkeypatch, ["validate", str(folder)])
    assert (code, err) == (0, "1 valid, 0 with errors, 0 error(s), 2 warning(s)\n")
    code, _, err = run(capsys, monkeypatch, ["validate", str(BUNDLED_VIP)])
    # Valid, no clash with itself; its warnings (untested avoid entries) are its own.
    assert code == 0
    assert err.startswith("1 valid, 0 with errors, 0 error(s)")


def test_a_clash_on_the_search_path_keeps_the_bundled_scenario(capsys, monkeypatch, tmp_path):
    clash = trainer_folder(tmp_path / "mine", "api-params-vip-en")
    args = ["selftest", "--content", str(clash)]
    code, out, err = run(capsys, monkeypatch, args)
    assert code == 1  # the clash is a content error
    assert err == (
        f"{clash / 'api-params-vip-en.yaml'}:1:5: duplicate scenario id 'api-params-vip-en' "
        f"(also defined at {BUNDLED_VIP}:4)\n"
    )
    assert out.splitlines()[-1] == f"{BUNDLED_COUNT} passed, 0 failed"


def test_selftest_takes_the_trainer_folders(capsys, monkeypatch, tmp_path):
    folder = trainer_folder(tmp_path / "mine")
    code, out, err = run(capsys, monkeypatch, ["selftest", "--content", str(folder)])
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"{BUNDLED_COUNT + 1} passed, 0 failed"
    assert any(line.startswith("renewal-refund-en ") for line in out.splitlines())


@pytest.mark.parametrize("command", ["score", "rewrite", "validate", "selftest"])
def test_content_option_is_documented(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "--content DIR" in capsys.readouterr().out
