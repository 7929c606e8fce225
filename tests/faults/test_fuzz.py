"""Arbitrary bytes, Unicode and JSON shapes into `coach score --batch` and the content
loader: never a traceback, every batch line answered, every content problem located."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.scoring import load_library

DATA = Path(__file__).parent.parent / "data"
GOOD = (DATA / "scenarios" / "api-en.yaml").read_text(encoding="utf-8")
# Few examples: each batch line with a text is scored (tens of milliseconds).
FUZZ = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_fields = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.text(max_size=200) | json_values,
        "scenario": st.sampled_from(["test-api-en", "api-en", "x" * 300, "a.yaml"])
        | st.text(max_size=20),
        "rubric": st.sampled_from(["support-en", "support-ru"]) | st.text(max_size=10),
        "lang": st.sampled_from(["en", "ru", "de"]) | json_values,
    },
)
batch_lines = st.one_of(
    _fields.map(lambda item: json.dumps(item).encode("utf-8")),
    _fields.map(lambda item: json.dumps(item, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    json_values.map(lambda value: json.dumps(value).encode("utf-8")),
    st.binary(max_size=80),
    st.text(max_size=80).map(lambda text: text.encode("utf-8", "surrogatepass")),
)


def _answered_lines(data: bytes) -> list[int]:
    """Line numbers the batch must answer: as the CLI reads the file (UTF-8, bad bytes
    replaced, universal newlines), every line that is not blank."""
    handle = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
    return [number for number, line in enumerate(handle, 1) if line.strip()]


def _no_constants(name: str) -> None:
    raise AssertionError(f"non-standard JSON in the output: {name}")


@FUZZ
@given(st.lists(batch_lines, min_size=1, max_size=4))
def test_every_batch_line_is_answered(lines):
    data = b"\n".join(lines) + b"\n"
    with tempfile.TemporaryDirectory() as folder:
        batch, out = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        batch.write_bytes(data)
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors):
            code = main(["score", "--batch", str(batch), "--out", str(out), "--lang", "en"])
        assert code == 0, errors.getvalue()
        assert "Traceback" not in errors.getvalue()
        rows = [
            json.loads(line, parse_constant=_no_constants)
            for line in out.read_text(encoding="utf-8").splitlines()
        ]
    expected = _answered_lines(data)
    assert len(rows) == len(expected)
    for number, row in zip(expected, rows, strict=True):
        assert isinstance(row, dict)
        if "error" in row:
            assert row["line"] == number
            assert isinstance(row["error"], str)
            assert row["error"]
        else:
            assert 0 <= row["overall"] <= 100


def _mutated(data: bytes, where: int, insert: bytes, cut: int) -> bytes:
    where %= len(data) + 1
    return data[:where] + insert + data[where + cut :]


content_files = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
    json_values.map(lambda value: json.dumps(value).encode("utf-8")),
    st.builds(
        _mutated,
        st.just(GOOD.encode("utf-8")),
        st.integers(min_value=0),
        st.binary(max_size=12) | st.sampled_from([b"\x00", b"\x07", b"[" * 200, b"9" * 5000]),
        st.integers(min_value=0, max_value=40),
    ),
)


@FUZZ
@given(content_files)
def test_any_content_file_is_loaded_or_located(data):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "good.yaml").write_text(GOOD, encoding="utf-8")
        (root / "fuzzed.yaml").write_bytes(data)
        library = load_library([root])
    assert "test-api-en" in library.scenarios or any(
        # The fuzzed file may be a valid copy of the same scenario: a duplicate id.
        "duplicate scenario id" in issue.message
        for issue in library.issues
    )
    for issue in library.issues:
        assert issue.line >= 1
        assert issue.column >= 1
        assert issue.message
        assert "could not be loaded" not in issue.message, issue  # the last-resort guard
