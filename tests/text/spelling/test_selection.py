"""Choosing the spelling back end, falling back to the offline one, testing a connection.

LanguageTool is the fake server from `test_languagetool.py` on 127.0.0.1; an unreachable
server is a reserved port nothing listens on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_languagetool import FakeLanguageTool, refused_url

from coach.text.spelling import (
    FallbackChecker,
    LanguageToolChecker,
    OfflineSpellChecker,
    SpellReport,
    SpellRequest,
    check_connection,
    configured_checker,
)
from coach.text.spelling.selection import PATH_ENV, URL_ENV

TYPOS = SpellRequest("I will recieve it tomorow.", "en")


class CountingChecker(LanguageToolChecker):
    """Counts how often the fallback asks LanguageTool."""

    attempts = 0

    def check(self, request: SpellRequest) -> SpellReport:
        self.attempts += 1
        return super().check(request)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(URL_ENV, raising=False)
    monkeypatch.delenv(PATH_ENV, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as fake:
        yield fake


@pytest.fixture
def dead_url() -> Iterator[str]:
    with refused_url() as url:
        yield url


# --- configured_checker -------------------------------------------------------------------


def test_offline_checker_when_nothing_is_configured() -> None:
    assert isinstance(configured_checker(), OfflineSpellChecker)


def test_server_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: FakeLanguageTool
) -> None:
    monkeypatch.setenv(URL_ENV, f" {server.url}/ ")
    checker = configured_checker()
    assert isinstance(checker, FallbackChecker)
    assert checker.primary.location == server.url
    assert server.requests == []  # nothing connects before the first check
    assert checker.check(TYPOS).backend == "languagetool"


def test_local_copy_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    checker = configured_checker()
    assert isinstance(checker, FallbackChecker)
    assert checker.primary.location == str(tmp_path)


def test_arguments_override_the_environment(
    monkeypatch: pytest.MonkeyPatch, server: FakeLanguageTool, tmp_path: Path
) -> None:
    monkeypatch.setenv(URL_ENV, "http://127.0.0.1:1")
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    assert isinstance(configured_checker(url="", local_path=""), OfflineSpellChecker)
    checker = configured_checker(url=server.url)
    assert isinstance(checker, FallbackChecker)
    assert checker.primary.location == server.url


def test_server_wins_over_a_local_copy(tmp_path: Path) -> None:
    checker = configured_checker(url="http://127.0.0.1:1", local_path=str(tmp_path))
    assert isinstance(checker, FallbackChecker)
    assert checker.primary.location == "http://127.0.0.1:1"


# --- FallbackChecker ----------------------------------------------------------------------


def test_languagetool_answers(server: FakeLanguageTool) -> None:
    checker = FallbackChecker(LanguageToolChecker(server.url))
    report = checker.check(TYPOS)
    assert (report.backend, report.note, checker.name) == ("languagetool", "", "languagetool")
    assert len(report.issues) == 2


def test_unreachable_server_falls_back_to_offline(dead_url: str) -> None:
    checker = FallbackChecker(LanguageToolChecker(dead_url))
    report = checker.check(TYPOS)
    assert report.backend == "offline"
    assert checker.name == "offline"
    assert report.issues == OfflineSpellChecker().check(TYPOS).issues
    assert [TYPOS.text[i.start : i.end] for i in report.issues] == ["recieve", "tomorow"]
    assert report.note == (
        f"LanguageTool server at {dead_url} is unreachable (connection refused); "
        "used the offline checker"
    )


def test_name_follows_the_backend_of_the_latest_report(server: FakeLanguageTool) -> None:
    checker = FallbackChecker(LanguageToolChecker(server.url), retry_interval=0)
    assert checker.name == "languagetool"
    server.broken = True
    checker.check(TYPOS)
    assert checker.name == "offline"
    server.broken = False
    checker.check(TYPOS)
    assert checker.name == "languagetool"


def test_dead_server_is_retried_only_after_the_interval(server: FakeLanguageTool) -> None:
    clock = FakeClock()
    checker = FallbackChecker(LanguageToolChecker(server.url), retry_interval=30, clock=clock)
    server.broken = True
    assert checker.check(TYPOS).backend == "offline"
    asked = len(server.requests)
    server.broken = False  # back, but not asked again yet

    clock.now += 29
    report = checker.check(TYPOS)
    assert report.backend == "offline"
    assert "did not answer like a LanguageTool server" in report.note
    assert len(server.requests) == asked

    clock.now += 2
    assert checker.check(TYPOS).backend == "languagetool"
    assert len(server.requests) > asked


def test_zero_interval_retries_every_check(dead_url: str) -> None:
    primary = CountingChecker(dead_url)
    checker = FallbackChecker(primary, retry_interval=0)
    for _ in range(3):
        assert checker.check(TYPOS).backend == "offline"
    assert primary.attempts == 3


def test_default_interval_spares_a_dead_server(dead_url: str) -> None:
    primary = CountingChecker(dead_url)
    checker = FallbackChecker(primary)
    for _ in range(5):
        assert checker.check(TYPOS).backend == "offline"
    assert primary.attempts == 1


def test_missing_language_falls_back_for_that_language_only() -> None:
    with FakeLanguageTool(languages=("en-US",)) as server:
        checker = FallbackChecker(LanguageToolChecker(server.url), retry_interval=3600)
        russian = checker.check(SpellRequest("Я извените.", "ru"))
        assert russian.backend == "offline"
        assert russian.note == (
            f"LanguageTool server at {server.url} does not support Russian (ru-RU); "
            "used the offline checker"
        )
        assert checker.check(TYPOS).backend == "languagetool"  # no waiting for English


def test_missing_local_copy_falls_back(tmp_path: Path) -> None:
    checker = configured_checker(local_path=str(tmp_path / "nowhere"))
    report = checker.check(TYPOS)
    assert report.backend == "offline"
    assert "No local LanguageTool at" in report.note
    assert report.note.endswith("; used the offline checker")


# --- check_connection ---------------------------------------------------------------------


def test_check_connection_to_a_working_server(server: FakeLanguageTool) -> None:
    ok, message = check_connection(server.url)
    assert ok
    assert message == f"Connected to LanguageTool at {server.url}: it checks English and Russian."
    assert "/v2/check" in server.paths()


def test_check_connection_to_an_unreachable_server(dead_url: str) -> None:
    assert check_connection(dead_url) == (
        False,
        f"LanguageTool server at {dead_url} is unreachable (connection refused).",
    )


def test_check_connection_names_a_missing_language() -> None:
    with FakeLanguageTool(languages=("en-US",)) as server:
        ok, message = check_connection(server.url)
    assert ok
    assert message.endswith(
        "it checks English but not Russian, so those replies use the offline checker."
    )


def test_check_connection_to_a_server_without_our_languages() -> None:
    with FakeLanguageTool(languages=("de-DE",)) as server:
        ok, message = check_connection(server.url)
    assert not ok
    assert message.endswith("supports neither English nor Russian.")


def test_check_connection_to_something_that_is_not_languagetool(
    server: FakeLanguageTool,
) -> None:
    server.broken = True
    ok, message = check_connection(server.url)
    assert not ok
    assert "did not answer like a LanguageTool server" in message


def test_check_connection_without_an_address() -> None:
    ok, message = check_connection("  ")
    assert not ok
    assert "http://localhost:8081" in message
