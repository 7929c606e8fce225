"""Fault tests (issue 13): hostile and careless input, each failing before its fix."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coach.cli import main

DATA = Path(__file__).parent.parent / "data"
SCENARIO = str(DATA / "scenarios" / "api-en.yaml")


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the CLI in-process: (exit code, stdout, stderr)."""

    def run(args: list[str], stdin: str | io.TextIOBase = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin) if isinstance(stdin, str) else stdin)
        code = main(args)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run
