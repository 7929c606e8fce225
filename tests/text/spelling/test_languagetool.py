"""LanguageToolChecker against a fake LanguageTool HTTP API on 127.0.0.1.

The fake answers the endpoints of LanguageTool's HTTP API the checker uses (`/v2/languages`,
`/v2/check`, and `/v2/healthcheck` for a local copy starting) in LanguageTool's JSON format,
with offsets in UTF-16 units as the Java server reports them, and records every request.
`test_selection.py` imports `FakeLanguageTool` and `refused_url` from here.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

import coach
from coach.content.enums import Language
from coach.errors import UsageError
from coach.text.spelling import (
    LanguageNotSupported,
    LanguageToolChecker,
    LanguageToolUnavailable,
    SpellIssue,
    SpellRequest,
)
from coach.text.spelling.languagetool import server_address
from coach.text.spelling.languagetool_local import (
    LocalCopyError,
    find_local_copy,
    start_local_server,
)


@dataclass(frozen=True)
class Flag:
    """A phrase the fake server reports as an issue wherever it occurs."""

    phrase: str
    issue_type: str = "misspelling"
    category: str = "TYPOS"
    rule: str = "MORFOLOGIK_RULE_EN_US"
    replacements: tuple[str, ...] = ()
    message: str = "Possible spelling mistake found."


FLAGS = (
    Flag("recieve", replacements=("receive", "relieve", "deceive", "receiver", "reprieve")),
    Flag("tomorow", replacements=("tomorrow",)),
    Flag("Zorblax"),  # the customer's name in the tests
    Flag("Acme"),
    Flag("page_size"),
    Flag("there is many", "grammar", "GRAMMAR", "THERE_S_MANY", ("there are many",), "Agree."),
    Flag("very unique", "style", "STYLE", "VERY_UNIQUE", ("unique",), "“Unique” is absolute."),
    Flag("👍👍", "typographical", "TYPOGRAPHY", "EMOJI_REPEAT", ("👍",), "One emoji is enough."),
    Flag("Ивановой", rule="MORFOLOGIK_RULE_RU_RU"),
    Flag("извените", rule="MORFOLOGIK_RULE_RU_RU", replacements=("извините",)),
)


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    params: dict[str, str]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Server(ThreadingHTTPServer):
    # Checks run in parallel; the default backlog of 5 resets connections under load,
    # which a real LanguageTool server (a JVM's backlog of 50) would not.
    request_queue_size = 64


@dataclass
class FakeLanguageTool:
    """A LanguageTool server stand-in; use as a context manager (serves in a thread)."""

    languages: tuple[str, ...] = ("en-US", "ru-RU")
    flags: tuple[Flag, ...] = FLAGS
    port: int = 0
    broken: bool = False  # answer like a web page, not like LanguageTool
    delay: float = 0.0  # seconds before answering /v2/check
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._release = threading.Event()
        self._httpd = _Server(("127.0.0.1", self.port), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def reply(self, path: str, params: dict[str, str]) -> tuple[int, str, str]:
        """(status, content type, body) for one request."""
        if self.broken:
            return 503, "text/html", "<html><body>Service Unavailable</body></html>"
        if path == "/v2/healthcheck":
            return 200, "text/plain", "OK"
        if path == "/v2/languages":
            return 200, "application/json", json.dumps(self._languages())
        if path == "/v2/check":
            self._release.wait(self.delay)
            if params.get("language") not in self.languages:
                return 400, "text/plain", "Error: unsupported language"
            return 200, "application/json", json.dumps({"matches": self.matches(params["text"])})
        return 404, "text/plain", "Not found"

    def _languages(self) -> list[dict[str, str]]:
        return [
            {"name": code, "code": code.split("-")[0], "longCode": code} for code in self.languages
        ]

    def matches(self, text: str) -> list[dict[str, Any]]:
        found = []
        for flag in self.flags:
            start = text.find(flag.phrase)
            while start >= 0:
                found.append(self._match(text, flag, start))
                start = text.find(flag.phrase, start + 1)
        return sorted(found, key=lambda match: match["offset"])

    @staticmethod
    def _match(text: str, flag: Flag, start: int) -> dict[str, Any]:
        offset, length = utf16_length(text[:start]), utf16_length(flag.phrase)
        return {
            "message": flag.message,
            "shortMessage": "",
            "replacements": [{"value": value} for value in flag.replacements],
            "offset": offset,
            "length": length,
            "context": {"text": text, "offset": offset, "length": length},
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {
                "id": flag.rule,
                "description": flag.message,
                "issueType": flag.issue_type,
                "category": {"id": flag.category, "name": flag.category.title()},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }


def _handler_for(fake: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer(urlsplit(self.path).query)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            self._answer(self.rfile.read(length).decode("utf-8"))

        def _answer(self, query: str) -> None:
            path, params = urlsplit(self.path).path, dict(parse_qsl(query))
            fake.requests.append(Recorded(self.command, path, params))
            status, content_type, body = fake.reply(path, params)
            data = body.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", f"{content_type}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except ConnectionError:
                pass  # the client gave up waiting (the timeout tests)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def refused_url() -> Iterator[str]:
    """A 127.0.0.1 URL whose port is reserved but not listening: connections are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as reserved:
        reserved.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{reserved.getsockname()[1]}"


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the developer's environment must not see the 127.0.0.1 traffic."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as fake:
        yield fake


@pytest.fixture
def checker(server: FakeLanguageTool) -> Iterator[LanguageToolChecker]:
    with LanguageToolChecker(server.url) as checker:
        yield checker


def spans(text: str, issues: tuple[SpellIssue, ...]) -> list[str]:
    return [text[issue.start : issue.end] for issue in issues]


# --- matches become issues ----------------------------------------------------------------


def test_match_becomes_spell_issue(checker: LanguageToolChecker) -> None:
    text = "I will recieve it tomorow."
    report = checker.check(SpellRequest(text, "en"))
    assert report.backend == "languagetool"
    assert report.note == ""
    first = report.issues[0]
    assert (first.start, first.end) == (7, 14)
    assert first.kind == "spelling"
    assert first.message == "Possible spelling mistake found."
    assert first.suggestions == ("receive", "relieve", "deceive")  # at most three
    assert first.rule == "MORFOLOGIK_RULE_EN_US"
    assert spans(text, report.issues) == ["recieve", "tomorow"]


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        ("I will recieve it.", "spelling", "MORFOLOGIK_RULE_EN_US"),
        ("I know there is many options.", "grammar", "THERE_S_MANY"),
        ("Your case is very unique.", "style", "VERY_UNIQUE"),
        ("Done 👍👍", "style", "EMOJI_REPEAT"),
    ],
)
def test_issue_kind_follows_the_rule_issue_type(
    checker: LanguageToolChecker, text: str, kind: str, rule: str
) -> None:
    (issue,) = checker.check(SpellRequest(text, "en")).issues
    assert (issue.kind, issue.rule) == (kind, rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks 👍 I will recieve it", ["recieve"]),
        ("👍🏽👨‍👩‍👧 recieve and 🎉 tomorow", ["recieve", "tomorow"]),
        ("Great 👍👍 and recieve", ["👍👍", "recieve"]),  # emoji inside a flagged span
        ("Sure 😀 there is many ways", ["there is many"]),
        ("Спасибо 🙏 и извените", ["извените"]),
        ("Ünïcödé — “quotes” recieve", ["recieve"]),  # non-ASCII but all one UTF-16 unit
    ],
)
def test_spans_are_code_points_after_emoji(
    checker: LanguageToolChecker, text: str, expected: list[str]
) -> None:
    language: Language = "ru" if "Спасибо" in text else "en"
    report = checker.check(SpellRequest(text, language))
    assert spans(text, report.issues) == expected


def test_spans_stay_right_when_checks_run_in_parallel(checker: LanguageToolChecker) -> None:
    texts = [("🎉" * n) + " recieve" + (" 😀" * n) + " tomorow" for n in range(8)]
    results: dict[str, list[str]] = {}

    def check(text: str) -> None:
        results[text] = spans(text, checker.check(SpellRequest(text, "en")).issues)

    threads = [threading.Thread(target=check, args=(text,)) for text in texts * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(found == ["recieve", "tomorow"] for found in results.values())


# --- what is never flagged --------------------------------------------------------------


def test_accepted_vocabulary_is_not_flagged(checker: LanguageToolChecker) -> None:
    text = "Dear Zorblax, Acme will recieve your page_size fix."
    report = checker.check(SpellRequest(text, "en", accept=frozenset({"zorblax", "Acme"})))
    assert spans(text, report.issues) == ["recieve"]


def test_accepted_multi_word_term_and_inflected_russian_name(
    checker: LanguageToolChecker,
) -> None:
    text = "Acme Cloud: напишу Ивановой, извените."
    accept = frozenset({"Acme Cloud", "Иванова"})
    report = checker.check(SpellRequest(text, "ru", accept=accept))
    assert spans(text, report.issues) == ["извените"]


def test_code_spans_are_not_spelling_issues(checker: LanguageToolChecker) -> None:
    text = "Set `page_size` and page_size=50, then recieve."
    assert spans(text, checker.check(SpellRequest(text, "en")).issues) == ["recieve"]


def test_unaccepted_words_are_still_flagged(checker: LanguageToolChecker) -> None:
    text = "Zorblax from Acme"
    assert spans(text, checker.check(SpellRequest(text, "en")).issues) == ["Zorblax", "Acme"]


# --- what reaches the server --------------------------------------------------------------


def test_requests_reach_the_server_with_languagetool_codes(
    server: FakeLanguageTool, checker: LanguageToolChecker
) -> None:
    checker.check(SpellRequest("I will recieve it.", "en"))
    checker.check(SpellRequest("Я извените.", "ru"))
    checks = [request for request in server.requests if request.path == "/v2/check"]
    assert [(r.method, r.params["language"], r.params["text"]) for r in checks] == [
        ("POST", "en-US", "I will recieve it."),
        ("POST", "ru-RU", "Я извените."),
    ]


def test_languages_are_asked_once(server: FakeLanguageTool, checker: LanguageToolChecker) -> None:
    for _ in range(3):
        checker.check(SpellRequest("I will recieve it.", "en"))
    checker.check(SpellRequest("Я извените.", "ru"))
    assert server.paths().count("/v2/languages") == 1
    assert server.paths().count("/v2/check") == 4


def test_base_language_is_used_when_the_server_lists_no_variant() -> None:
    with FakeLanguageTool(languages=("en",)) as server, LanguageToolChecker(server.url) as lt:
        assert spans("recieve", lt.check(SpellRequest("recieve", "en")).issues) == ["recieve"]
    (check,) = [request for request in server.requests if request.path == "/v2/check"]
    assert check.params["language"] == "en"


def test_blank_text_is_not_sent(server: FakeLanguageTool, checker: LanguageToolChecker) -> None:
    assert checker.check(SpellRequest(" \n\t", "en")).issues == ()
    assert server.requests == []


def test_nothing_is_sent_before_the_first_check(server: FakeLanguageTool) -> None:
    with LanguageToolChecker(server.url):
        pass
    assert server.requests == []


def test_lone_surrogate_from_a_broken_paste_is_sent_safely(checker: LanguageToolChecker) -> None:
    text = "Oops \ud83d I will recieve it"
    assert spans(text, checker.check(SpellRequest(text, "en")).issues) == ["recieve"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("127.0.0.1:8081", "http://127.0.0.1:8081"),
        ("http://lt.example.org/", "http://lt.example.org"),
        ("https://lt.example.org/v2/", "https://lt.example.org"),
        (" http://host/languagetool/v2 ", "http://host/languagetool"),
    ],
)
def test_server_address_accepts_what_users_paste(typed: str, expected: str) -> None:
    assert server_address(typed) == expected


def test_url_with_v2_suffix_and_no_scheme_reaches_the_server(server: FakeLanguageTool) -> None:
    address = server.url.removeprefix("http://") + "/v2/"
    with LanguageToolChecker(address) as checker:
        assert checker.check(SpellRequest("recieve", "en")).issues
    assert "/v2/check" in server.paths()


# --- when LanguageTool cannot answer -------------------------------------------------------


def test_unreachable_server_raises_quickly_with_a_clear_message() -> None:
    with refused_url() as url, LanguageToolChecker(url) as checker:
        started = time.monotonic()
        with pytest.raises(LanguageToolUnavailable) as caught:
            checker.check(SpellRequest("I will recieve it.", "en"))
    assert time.monotonic() - started < 2
    assert str(caught.value) == f"LanguageTool server at {url} is unreachable (connection refused)"


def test_slow_server_times_out(server: FakeLanguageTool) -> None:
    server.delay = 10
    with LanguageToolChecker(server.url, read_timeout=0.3) as checker:
        started = time.monotonic()
        with pytest.raises(LanguageToolUnavailable, match=r"did not reply within 0\.3 s"):
            checker.check(SpellRequest("I will recieve it.", "en"))
    assert time.monotonic() - started < 2  # not the 300 s language_tool_python waited
    assert server.paths().count("/v2/check") == 1  # and one try, not two


def test_something_else_at_the_url_is_reported(server: FakeLanguageTool) -> None:
    server.broken = True
    with (
        LanguageToolChecker(server.url) as checker,
        pytest.raises(LanguageToolUnavailable) as caught,
    ):
        checker.check(SpellRequest("recieve", "en"))
    assert str(caught.value) == (
        f"LanguageTool server at {server.url} did not answer like a LanguageTool server "
        "(HTTP 503: Service Unavailable)"
    )


def test_unreachable_proxy_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    with refused_url() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy)
        monkeypatch.setenv("http_proxy", proxy)
        url = "http://languagetool.example.invalid:8081"
        with LanguageToolChecker(url) as checker, pytest.raises(LanguageToolUnavailable) as caught:
            checker.check(SpellRequest("recieve", "en"))
    assert str(caught.value) == (
        f"LanguageTool server at {url} is unreachable "
        f"(through the proxy {proxy}: connection refused)"
    )


def test_invalid_url_is_reported_at_check_time() -> None:
    checker = LanguageToolChecker("http://host:port-number")
    with pytest.raises(LanguageToolUnavailable, match="is not valid"):
        checker.check(SpellRequest("recieve", "en"))


def test_checker_needs_exactly_one_source() -> None:
    with pytest.raises(UsageError):
        LanguageToolChecker()
    with pytest.raises(UsageError):
        LanguageToolChecker("http://127.0.0.1:1", local_path="/opt/LanguageTool-6.6")


def test_server_without_a_language_fails_for_that_language_only() -> None:
    with FakeLanguageTool(languages=("en-US",)) as server, LanguageToolChecker(server.url) as lt:
        with pytest.raises(LanguageNotSupported, match=r"does not support Russian \(ru-RU\)"):
            lt.check(SpellRequest("Я извените.", "ru"))
        assert lt.supports("en")
        assert not lt.supports("ru")
        assert lt.check(SpellRequest("recieve", "en")).issues
        asked = server.paths().count("/v2/languages")
        with pytest.raises(LanguageNotSupported):
            lt.check(SpellRequest("Я извените.", "ru"))
        assert server.paths().count("/v2/languages") == asked  # remembered, not asked again


def test_recovers_when_the_server_comes_back(server: FakeLanguageTool) -> None:
    with LanguageToolChecker(server.url) as checker:
        server.broken = True
        with pytest.raises(LanguageToolUnavailable):
            checker.check(SpellRequest("recieve", "en"))
        server.broken = False
        assert checker.check(SpellRequest("recieve", "en")).issues


# --- a local LanguageTool copy -----------------------------------------------------------

_FAKE_JAVA = """#!{python}
# Stands in for `java`: answers `-version`, and serves the fake LanguageTool for
# `java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port PORT`.
import os, sys, threading
if "-version" in sys.argv:
    print('openjdk version "{java_version}" 2023-10-17', file=sys.stderr)  # as java does
    sys.exit(0)
with open({log!r}, "a") as log:
    log.write("started\\n")
with open({log!r} + ".cp", "w") as classpath:
    classpath.write(sys.argv[sys.argv.index("-cp") + 1])
if {broken!r}:
    sys.exit(1)  # a broken copy: the server dies at once
with open({pidfile!r}, "w") as pidfile:
    pidfile.write(str(os.getpid()))
if {silent!r}:
    threading.Event().wait()  # a hung server: running, never answering
sys.path[:0] = [{tests!r}, {root!r}]  # this test file, and the coach it tests
from test_languagetool import FakeLanguageTool
port = int(sys.argv[sys.argv.index("--port") + 1])
with FakeLanguageTool(port=port):
    threading.Event().wait()
"""


@pytest.fixture
def no_downloads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuses (and records) every connection to a host other than 127.0.0.1: a local copy
    is started, never fetched."""
    attempts: list[str] = []
    connect = socket.create_connection

    def local_only(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        if address[0] != "127.0.0.1":
            attempts.append(str(address))
            raise AssertionError(f"connection to {address} while using a local LanguageTool")
        return connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", local_only)
    return attempts


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def make_copy(root: Path, name: str = "LanguageTool-6.6", jar: bool = True) -> Path:
    copy = root / name
    copy.mkdir(parents=True)
    if jar:
        (copy / "languagetool-server.jar").write_bytes(b"")
    return copy


def install_fake_java(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    broken: bool = False,
    silent: bool = False,
    java_version: str = "17.0.9",
) -> tuple[Path, Path]:
    """A `java` on PATH that serves the fake LanguageTool; returns (pid file, start log)."""
    bin_dir, pidfile, log = tmp_path / "bin", tmp_path / "java.pid", tmp_path / "java.log"
    bin_dir.mkdir()
    java = bin_dir / "java"
    tests = str(Path(__file__).parent)
    java.write_text(
        _FAKE_JAVA.format(
            python=sys.executable,
            tests=tests,
            root=str(Path(coach.__file__).parent.parent),
            pidfile=str(pidfile),
            log=str(log),
            broken=broken,
            silent=silent,
            java_version=java_version,
        )
    )
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return pidfile, log


def test_local_copy_is_started_without_downloading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    make_copy(tmp_path / "tools")
    pidfile, _ = install_fake_java(tmp_path, monkeypatch)
    with refused_url() as proxy:  # the local server is reached directly, never by proxy
        monkeypatch.setenv("HTTP_PROXY", proxy)
        monkeypatch.setenv("http_proxy", proxy)
    monkeypatch.delenv("NO_PROXY")
    monkeypatch.delenv("no_proxy")
    environment = dict(os.environ)
    text = "Thanks 👍 I will recieve it"
    with LanguageToolChecker(local_path=tmp_path / "tools") as checker:
        assert spans(text, checker.check(SpellRequest(text, "en")).issues) == ["recieve"]
        assert spans("Я извените", checker.check(SpellRequest("Я извените", "ru")).issues)
        server_pid = int(pidfile.read_text())
        assert process_exists(server_pid)
    assert not process_exists(server_pid)  # close() stopped the server it started
    assert no_downloads == []
    assert dict(os.environ) == environment  # the copy is named on the command line only


def test_missing_local_copy_is_an_error_not_a_download(
    tmp_path: Path, no_downloads: list[str]
) -> None:
    with pytest.raises(LanguageToolUnavailable, match="folder does not exist"):
        LanguageToolChecker(local_path=tmp_path / "nowhere").check(SpellRequest("recieve", "en"))
    assert no_downloads == []


@pytest.mark.parametrize(
    ("name", "jar"),
    [("LanguageTool-6.6", False), ("languagetool", True), ("LanguageTool-custom", True)],
)
def test_folder_without_a_usable_copy_is_an_error(
    tmp_path: Path, no_downloads: list[str], name: str, jar: bool
) -> None:
    make_copy(tmp_path, name, jar=jar)
    with pytest.raises(LanguageToolUnavailable, match="expected a folder named LanguageTool-"):
        LanguageToolChecker(local_path=tmp_path).check(SpellRequest("recieve", "en"))
    assert no_downloads == []


def test_local_copy_without_java_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    copy = make_copy(tmp_path)
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(LanguageToolUnavailable, match="Java was not found"):
        LanguageToolChecker(local_path=copy).check(SpellRequest("recieve", "en"))
    assert no_downloads == []


def test_broken_local_copy_gives_up_after_three_ports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    copy = make_copy(tmp_path / "tools")
    _, log = install_fake_java(tmp_path, monkeypatch, broken=True)
    with pytest.raises(LanguageToolUnavailable, match="did not start"):
        LanguageToolChecker(local_path=copy).check(SpellRequest("recieve", "en"))
    assert log.read_text().splitlines() == ["started"] * 3  # not ~900, as language_tool_python
    assert no_downloads == []


def test_hung_local_server_is_stopped_after_one_try(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    copy = make_copy(tmp_path / "tools")
    pidfile, log = install_fake_java(tmp_path, monkeypatch, silent=True)
    started = time.monotonic()
    with pytest.raises(LocalCopyError, match=r"did not start \(no answer on port \d+ within 2 s\)"):
        start_local_server(find_local_copy(copy), ready_timeout=2)
    assert time.monotonic() - started < 5
    assert log.read_text().splitlines() == ["started"]  # another port would not help
    assert not process_exists(int(pidfile.read_text()))


def test_local_copy_with_old_java_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    copy = make_copy(tmp_path / "tools")
    _, log = install_fake_java(tmp_path, monkeypatch, java_version="11.0.21")
    with pytest.raises(LanguageToolUnavailable) as caught:
        LanguageToolChecker(local_path=copy).check(SpellRequest("recieve", "en"))
    assert str(caught.value) == (
        f"The local LanguageTool at {copy} did not start (Java 11 is too old, it needs 17+)"
    )
    assert not log.exists()  # never started


def test_newest_local_copy_is_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_downloads: list[str]
) -> None:
    for name in ("LanguageTool-5.9", "LanguageTool-6.10", "LanguageTool-6.6"):
        make_copy(tmp_path / "tools", name)
    (tmp_path / "tools" / "LanguageTool-6.10" / "languagetool-server.jar").unlink()
    make_copy(tmp_path / "tools", "LanguageTool-6.7")
    _, log = install_fake_java(tmp_path, monkeypatch)
    with LanguageToolChecker(local_path=tmp_path / "tools") as checker:
        assert checker.check(SpellRequest("recieve", "en")).issues
    started = Path(f"{log}.cp").read_text()
    assert started == str(tmp_path / "tools" / "LanguageTool-6.7" / "languagetool-server.jar")
