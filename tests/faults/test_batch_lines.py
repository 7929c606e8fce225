"""Item 7 and the CLI parts of item 10: a bad batch line is one error line with its line
number, every reply scores, and standard input and output fail with one line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.scoring import score_reply

ROOT = Path(__file__).parent.parent.parent

BAD_LINES = {
    "surrogate id": ('{"id": "a\\ud800b", "text": "Hello there, thanks."}', None),
    "deep value": ('{"id": 1, "text": ' + "[" * 10_000 + "]" * 10_000 + "}", "nested too deeply"),
    "long scenario": ('{"id": 2, "text": "Hi", "scenario": "' + "x" * 300 + '"}', "unknown"),
    "long scenario file": (
        '{"id": 3, "text": "Hi", "scenario": "' + "x" * 300 + '.yaml"}',
        "not found",
    ),
    "proc scenario": ('{"id": 4, "text": "Hi", "scenario": "/proc/self/environ"}', "not allowed"),
    "long integer": ('{"id": ' + "9" * 5000 + ', "text": "Hi"}', "4300 digits"),
    "nan id": ('{"id": NaN, "text": "Hi"}', "NaN is not a JSON number"),
    "infinite id": ('{"id": 1e999, "text": "Hi"}', "out of range"),
    "nul scenario": ('{"id": 5, "text": "Hi", "scenario": "a\\u0000b.yaml"}', "not found"),
}


def test_every_bad_line_is_answered_with_its_line_number(cli, tmp_path):
    names = sorted(BAD_LINES)
    good = json.dumps({"id": "good", "text": "Hello, thanks for writing.", "lang": "en"})
    lines = [good] + [BAD_LINES[name][0] for name in names] + [good]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = cli(["score", "--batch", str(batch), "--out", str(out), "--lang", "en"])
    assert code == 0, err
    text = out.read_text(encoding="utf-8")

    def standard_only(name):
        raise AssertionError(f"non-standard JSON: {name}")

    rows = [json.loads(line, parse_constant=standard_only) for line in text.splitlines()]
    assert len(rows) == len(lines)
    assert "overall" in rows[0]
    assert "overall" in rows[-1]
    for number, (name, row) in enumerate(zip(names, rows[1:-1], strict=True), 2):
        words = BAD_LINES[name][1]
        if words is None:
            assert "overall" in row, (name, row)
        else:
            assert row["line"] == number, (name, row)
            assert words in row["error"], (name, row)
    assert rows[names.index("surrogate id") + 1]["id"] == "a\ud800b"  # escaped, round-trips


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день 𗻑ж",  # pymorphy3: "ValueError: no such name"
        "Здравствуйте, 𗻑𗻑 пожалуйста 𛀁 ж",
        "Hello \ud800 there",
        "\x00\x07 Hi \ufffe",
        "Привет" + "\u0301" * 50,
    ],
)
def test_every_reply_scores(rubric_ru, rubric_en, text):
    for rubric in (rubric_ru, rubric_en):
        report = score_reply(text, rubric)
        assert 0 <= report.overall <= 100


def test_invalid_utf8_on_stdin_under_a_strict_locale(cli):
    strict = io.TextIOWrapper(io.BytesIO(b"Hello \xff\xfe there"), encoding="utf-8")
    code, out, _ = cli(["score", "--lang", "en", "--json", "-"], stdin=strict)
    assert code == 0
    assert "overall" in json.loads(out)


def test_invalid_utf8_in_a_batch_on_stdin(cli):
    strict = io.TextIOWrapper(
        io.BytesIO(b'{"id": 1, "text": "Hi \xff"}\n{"id": 2, "text": "Hello"}\n'),
        encoding="utf-8",
    )
    code, out, _ = cli(["score", "--batch", "-", "--lang", "en"], stdin=strict)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 2]


def _coach(args, stdin: bytes, stdout, env=None):
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


@pytest.mark.slow
def test_a_full_disk_and_a_strict_locale_give_one_line_each():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        done = _coach(
            ["score", "--lang", "en", "--json", "-"],
            b"Hello \xff there",
            full,
            env={"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"},
        )
    err = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 1
    assert "Traceback" not in err
    assert "Exception ignored" not in err
    assert err.strip().splitlines() == [
        "coach: error: cannot write the output: No space left on device"
    ]
