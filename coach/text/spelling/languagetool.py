"""LanguageTool as the spelling and grammar back end: a team's server or a local copy.

LanguageTool finds much more than the offline speller (grammar, agreement, style), but it
is a separate service: either a server the team runs, or a LanguageTool folder on this
machine that language_tool_python starts with Java. Either can be missing or dead, so every
failure becomes `LanguageToolUnavailable` within seconds (short timeouts, one try) and the
caller falls back to the offline checker (`coach.text.spelling.selection`).

Nothing is ever downloaded. language_tool_python fetches a LanguageTool zip from the
internet when it cannot find a local copy, so here a missing copy is an error instead.

language_tool_python (and the `requests` it brings) is imported only when a check first
needs it: the default offline set-up never pays the 0.1 s import.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
from bisect import bisect_left
from collections.abc import Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlsplit

from coach.content.enums import Language
from coach.errors import CoachError, UsageError
from coach.text.code_spans import find_code_spans
from coach.text.lemmas import lemmatize
from coach.text.spelling.base import IssueKind, SpellIssue, SpellReport, SpellRequest

if TYPE_CHECKING:
    from language_tool_python import LanguageTool
    from language_tool_python.download_lt import LocalLanguageTool
    from language_tool_python.match import Match

NAME: Final = "languagetool"
# A dead host is noticed by the connect timeout. The read timeout is longer because a
# fresh LanguageTool server loads a language's rules on its first check (seconds).
CONNECT_TIMEOUT: Final = 3.0
READ_TIMEOUT: Final = 8.0

LANGUAGETOOL_CODES: Final[dict[Language, str]] = {"en": "en-US", "ru": "ru-RU"}
LANGUAGE_NAMES: Final[dict[Language, str]] = {"en": "English", "ru": "Russian"}

_MAX_SUGGESTIONS = 3
_MAX_DETAIL = 160
# language_tool_python tries ~900 ports when a local server does not start; a broken copy
# would take minutes to give up. Three ports cover a port that happens to be taken.
_PORT_ATTEMPTS = 3
_JAR_NAMES = ("languagetool-server.jar", "languagetool.jar")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_TAG = re.compile(r"<[^>]*>")

# One lock for all LanguageTool traffic: language_tool_python keeps per-text state in class
# attributes of `Match` (for its UTF-16 offset fix) and reads the process environment to
# find a local copy, so two checks must not interleave. Checks run off the UI thread.
_LOCK = threading.RLock()


class LanguageToolUnavailable(CoachError):  # noqa: N818 - the name states the condition
    """LanguageTool cannot check text right now (server unreachable, local copy missing...).

    The message names the server or folder and the reason, for a trainee's status line;
    the caller falls back to the offline checker.
    """


class LanguageNotSupported(LanguageToolUnavailable):
    """The LanguageTool in use has no rules for this language; other languages still work."""

    def __init__(self, message: str, language: Language) -> None:
        super().__init__(message)
        self.language: Language = language


class LanguageToolChecker:
    """Spelling, grammar and style issues from LanguageTool, as `SpellIssue`s.

    Built from a server URL (`COACH_LANGUAGETOOL_URL`) or a local LanguageTool folder
    (`COACH_LANGUAGETOOL_PATH`), exactly one. Nothing connects or starts until the first
    check. Words the request accepts and code-like spans are never spelling issues.
    `check` raises `LanguageToolUnavailable` when LanguageTool cannot answer.
    """

    name = NAME

    def __init__(
        self,
        url: str | None = None,
        *,
        local_path: str | os.PathLike[str] | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        if (url is None) == (local_path is None):
            raise UsageError("LanguageToolChecker needs either a server URL or a local copy path")
        self._url = server_address(url) if url is not None else None
        self._local_path = Path(local_path).expanduser() if local_path is not None else None
        self._timeout = (connect_timeout, read_timeout)
        self._tools: dict[Language, LanguageTool] = {}
        self._unsupported: dict[Language, LanguageNotSupported] = {}
        self._local_server: LanguageTool | None = None

    @property
    def location(self) -> str:
        """The server URL or local folder, as shown in messages."""
        return self._url if self._url is not None else str(self._local_path)

    def check(self, request: SpellRequest) -> SpellReport:
        text = _sendable(request.text)
        if not text.strip():
            return SpellReport(backend=self.name)
        with _LOCK:
            matches = self._matches(text, request.language)
        units = _utf16_positions(text)
        issues = [_issue(match, text, units) for match in matches]
        kept = _without_accepted(issues, text, request.language, request.accept)
        return SpellReport(backend=self.name, issues=tuple(sorted(kept, key=_span)))

    def supports(self, language: Language) -> bool:
        """Whether LanguageTool offers `language` (asks it if not yet known).

        Raises `LanguageToolUnavailable` when it cannot be asked.
        """
        try:
            with _LOCK:
                self._tool(language)
        except LanguageNotSupported:
            return False
        return True

    def close(self) -> None:
        """Stops a local LanguageTool server this checker started; safe to call twice."""
        with _LOCK:
            self._forget()

    def __enter__(self) -> LanguageToolChecker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _matches(self, text: str, language: Language) -> list[Match]:
        tool = self._tool(language)
        try:
            return tool.check(text)
        except _MALFORMED_REPLY as error:
            self._forget()
            raise self._not_languagetool(repr(error)) from error
        except _library_errors() as error:
            self._forget()
            raise self._unavailable(error) from error

    def _tool(self, language: Language) -> LanguageTool:
        """The cached client for one language; the first call per language asks the server
        which languages it has (`/v2/languages`)."""
        if language in self._unsupported:
            raise self._unsupported[language]
        if (tool := self._tools.get(language)) is not None:
            return tool
        try:
            tool = _new_tool(LANGUAGETOOL_CODES[language], self._timeout, self._server_base())
        except _MALFORMED_REPLY as error:
            self._forget()
            raise self._not_languagetool(repr(error)) from error
        except ValueError as error:  # language_tool_python's LanguageTag: no such language
            raise self._not_supported(language) from error
        except _library_errors() as error:
            self._forget()
            raise self._unavailable(error) from error
        self._tools[language] = tool
        return tool

    def _server_base(self) -> str:
        """The URL language_tool_python appends `v2/` to; starts the local copy if needed."""
        if self._url is not None:
            _check_url(self._url)
            return self._url + "/"
        if self._local_server is None:
            self._local_server = _start_local_server(Path(self.location), self._timeout)
        return f"http://{self._local_server.host}:{self._local_server.port}/"

    def _forget(self) -> None:
        """Drops every client (and stops the local server) so the next check reconnects."""
        server, self._local_server = self._local_server, None
        self._tools.clear()
        self._unsupported.clear()
        if server is not None:
            server.close()

    def _where(self) -> str:
        if self._url is not None:
            return f"LanguageTool server at {self._url}"
        return f"local LanguageTool at {self._local_path}"

    def _not_supported(self, language: Language) -> LanguageNotSupported:
        error = LanguageNotSupported(
            f"{self._where()} does not support {LANGUAGE_NAMES[language]} "
            f"({LANGUAGETOOL_CODES[language]})",
            language,
        )
        self._unsupported[language] = error
        return error

    def _not_languagetool(self, detail: str) -> LanguageToolUnavailable:
        text = _TAG.sub(" ", detail)  # an error page's HTML, as words
        return LanguageToolUnavailable(
            f"{self._where()} did not answer like a LanguageTool server ({_shorten(text)})"
        )

    def _unavailable(self, error: BaseException) -> LanguageToolUnavailable:
        reason = _network_reason(error, self._timeout)
        if reason is not None:
            return LanguageToolUnavailable(f"{self._where()} {reason}")
        return self._not_languagetool(str(error))


def server_address(url: str) -> str:
    """`url` as the server's base address: scheme added, no trailing `/` or `/v2`.

    Users paste either form ("localhost:8081", "http://host/v2/"); language_tool_python
    joins `v2/` onto whatever it gets, which would double or drop a path segment.
    """
    address = url.strip()
    if not address:
        raise UsageError("The LanguageTool server URL is empty")
    if "://" not in address:
        address = "http://" + address
    address = address.rstrip("/")
    return address.removesuffix("/v2").rstrip("/")


def _check_url(address: str) -> None:
    """Raises `LanguageToolUnavailable` for an address no request could be sent to.

    Checked at the first check rather than at start-up, so a typo in a setting degrades
    to the offline checker with this message instead of stopping the app.
    """
    try:
        parts = urlsplit(address)
        valid = parts.scheme in {"http", "https"} and bool(parts.hostname)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        valid = False
    if not valid:
        raise LanguageToolUnavailable(
            f"The LanguageTool server URL {address!r} is not valid "
            "(expected e.g. http://localhost:8081)"
        )


def _new_tool(
    language: str,
    timeout: tuple[float, float],
    remote_server: str | None,
    local_version: str | None = None,
) -> LanguageTool:
    """A language_tool_python client for `language` on `remote_server`, or, with
    `local_version`, one that starts the local copy `_local_copy_environment` points at."""
    options = {} if local_version is None else {"language_tool_download_version": local_version}
    tool: LanguageTool = _bounded_tool_class()(
        language, timeout=timeout, remote_server=remote_server, **options
    )
    return tool


@cache
def _bounded_tool_class() -> Any:
    """language_tool_python's `LanguageTool` with bounded waits.

    The library waits up to 300 s per request, retries a failed check, and walks ~900
    ports when a local server does not start: fine for a batch script, a frozen feedback
    panel here. The overrides use private hooks of language_tool_python 3.4; the tests
    (timeout, unreachable server, local copy) fail if an upgrade moves them.
    """
    from language_tool_python import LanguageTool  # noqa: PLC0415 - see module docstring

    class BoundedLanguageTool(LanguageTool):
        def __init__(self, language: str, *, timeout: tuple[float, float], **options: Any) -> None:
            # Must be set before super().__init__, which already queries the server.
            self._TIMEOUT = timeout  # type: ignore[assignment]  # library: Literal[300]
            super().__init__(language, **options)

        def _query_server(
            self,
            url: str,
            params: dict[str, str] | None = None,
            num_tries: int = 2,
            method: Literal["get", "post"] = "get",
        ) -> Any:
            return super()._query_server(url, params, num_tries=1, method=method)

        def _start_server_on_free_port(self) -> None:
            del self._available_ports[_PORT_ATTEMPTS - 1 :]
            super()._start_server_on_free_port()

    return BoundedLanguageTool


def _library_errors() -> tuple[type[BaseException], ...]:
    """What language_tool_python raises for an unusable server (imported on first use)."""
    from language_tool_python.exceptions import LanguageToolError  # noqa: PLC0415

    return (LanguageToolError, OSError)


# A reply that is JSON but not LanguageTool's shape (a proxy's or another service's page).
_MALFORMED_REPLY = (KeyError, TypeError, AttributeError)


def _network_reason(error: BaseException, timeout: tuple[float, float]) -> str | None:
    """Why the server could not be reached, in words, or None if it was reached."""
    import requests  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415

    causes = list(_causes(error))
    reasons: list[tuple[type[BaseException], str]] = [
        (ConnectionRefusedError, "is unreachable (connection refused)"),
        (socket.gaierror, "is unreachable (host name not found)"),
        (requests.exceptions.ConnectTimeout, f"is unreachable (no answer in {timeout[0]:g} s)"),
        (requests.exceptions.ReadTimeout, f"did not reply within {timeout[1]:g} s"),
        (requests.exceptions.SSLError, "is unreachable (TLS/SSL error)"),
        (requests.exceptions.ProxyError, "is unreachable (the proxy refused the connection)"),
    ]
    for kind, reason in reasons:
        if any(isinstance(cause, kind) for cause in causes):
            return reason
    network_errors = (requests.ConnectionError, requests.Timeout)  # not e.g. a JSON error
    network = next((c for c in causes if isinstance(c, network_errors)), None)
    if network is None:
        return None
    return f"is unreachable ({_shorten(str(network))})"


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _shorten(detail: str) -> str:
    line = " ".join(detail.split())
    return line if len(line) <= _MAX_DETAIL else line[: _MAX_DETAIL - 1] + "…"


# --- a local copy -------------------------------------------------------------------------


@dataclass(frozen=True)
class _LocalCopy:
    directory: Path  # .../LanguageTool-6.6, holding languagetool-server.jar
    release: LocalLanguageTool


def _start_local_server(path: Path, timeout: tuple[float, float]) -> LanguageTool:
    """Starts the LanguageTool server of the copy at `path`, never downloading one."""
    copy = _find_local_copy(path)
    if shutil.which("java") is None:
        raise LanguageToolUnavailable(
            f"Java was not found on PATH; the local LanguageTool at {copy.directory} "
            "needs Java 17 or newer"
        )
    startup_errors: tuple[type[BaseException], ...] = (
        *_library_errors(),
        ImportError,  # no Java (language_tool_python raises ModuleNotFoundError)
        SystemError,  # Java too old
        SystemExit,  # language_tool_python exits when `java -version` is unreadable
        subprocess.SubprocessError,
    )
    with _local_copy_environment(copy):
        try:
            # "auto" is always accepted, so the server starts whatever languages it has.
            return _new_tool("auto", timeout, None, copy.release.version_name)
        except startup_errors as error:
            raise LanguageToolUnavailable(
                f"The local LanguageTool at {copy.directory} did not start "
                f"({_shorten(str(error) or type(error).__name__)})"
            ) from error


def _find_local_copy(path: Path) -> _LocalCopy:
    """`path` itself if it is a LanguageTool-<version> folder, else the newest one in it."""
    if not path.is_dir():
        raise LanguageToolUnavailable(f"No local LanguageTool at {path}: the folder does not exist")
    candidates = [path] if path.name.startswith("LanguageTool-") else path.glob("LanguageTool-*")
    copies = [copy for copy in map(_as_local_copy, candidates) if copy is not None]
    if not copies:
        raise LanguageToolUnavailable(
            f"No local LanguageTool at {path}: expected a folder named LanguageTool-<version> "
            "with languagetool-server.jar in it (as unpacked from languagetool.org), or a "
            "folder containing one"
        )
    return max(copies, key=lambda copy: copy.release)


def _as_local_copy(directory: Path) -> _LocalCopy | None:
    from language_tool_python.download_lt import LocalLanguageTool  # noqa: PLC0415

    if not any((directory / jar).is_file() for jar in _JAR_NAMES):
        return None
    try:
        return _LocalCopy(directory, LocalLanguageTool.from_path(directory))
    except ValueError:  # a name like LanguageTool-custom: no version to start it as
        return None


@contextmanager
def _local_copy_environment(copy: _LocalCopy) -> Iterator[None]:
    """Points language_tool_python at `copy` while it starts the server.

    It finds the jar under `LTP_PATH`/LanguageTool-<version> and skips its download step
    when `LTP_JAR_DIR_PATH` is set; it reads both at call time, so they are set only here
    (under `_LOCK`) and restored afterwards. `_find_local_copy` already checked the jar
    is there, so the download step has nothing to do either way.
    """
    from language_tool_python.utils import (  # noqa: PLC0415
        LTP_JAR_DIR_PATH_ENV_VAR,
        LTP_PATH_ENV_VAR,
    )

    wanted = {
        LTP_PATH_ENV_VAR: str(copy.directory.parent),
        LTP_JAR_DIR_PATH_ENV_VAR: str(copy.directory),
    }
    saved = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# --- matches to issues ----------------------------------------------------------------------


def _sendable(text: str) -> str:
    """`text` with lone surrogates (from a broken paste) as "?": same length, encodable."""
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _issue(match: Match, text: str, units: list[int] | None) -> SpellIssue:
    start, end = _code_point_span(text, units, match.offset, match.error_length)
    suggestions = tuple(value for value in match.replacements if value)[:_MAX_SUGGESTIONS]
    return SpellIssue(
        start=start,
        end=end,
        kind=_kind(match),
        message=match.message,
        suggestions=suggestions,
        rule=match.rule_id,
    )


def _kind(match: Match) -> IssueKind:
    issue_type = match.rule_issue_type.lower()
    if issue_type == "misspelling":
        return "spelling"
    if issue_type == "grammar" or match.category.upper() == "GRAMMAR":
        return "grammar"
    return "style"


def _code_point_span(
    text: str, units: list[int] | None, start: int, utf16_length: int
) -> tuple[int, int]:
    """The code-point span of a match: LanguageTool counts UTF-16 units (Java strings).

    language_tool_python already converts the start offset but not the length, so an
    emoji inside the flagged text would push the end one character too far per emoji.
    `units` comes from `_utf16_positions(text)`.
    """
    start = min(max(start, 0), len(text))
    if units is None:
        return start, min(start + max(utf16_length, 0), len(text))
    end = bisect_left(units, units[start] + utf16_length, lo=start)
    return start, min(end, len(text))


def _utf16_positions(text: str) -> list[int] | None:
    """The UTF-16 offset of each code point of `text` and of its end, or None when every
    character is one UTF-16 unit (the usual case: offsets need no conversion)."""
    if not text or max(text) <= "\uffff":
        return None
    positions = [0] * (len(text) + 1)
    for index, char in enumerate(text):
        positions[index + 1] = positions[index] + (2 if char > "\uffff" else 1)
    return positions


def _span(issue: SpellIssue) -> tuple[int, int]:
    return issue.start, issue.end


def _without_accepted(
    issues: list[SpellIssue], text: str, language: Language, accept: Set[str]
) -> list[SpellIssue]:
    """Drops spelling issues on accepted words or code, and any issue inside code.

    LanguageTool has no per-request word list, so the scenario's vocabulary (`page_size`,
    the customer's name) is filtered here, by word form and by lemma so that inflected
    Russian names ("Ивановой" for "Иванова") are accepted too.
    """
    accepted = _accepted_forms(accept, language)
    code = find_code_spans(text)
    kept = []
    for issue in issues:
        if any(start <= issue.start and issue.end <= end for start, end in code):
            continue
        if issue.kind == "spelling" and (
            any(issue.start < end and start < issue.end for start, end in code)
            or _is_accepted(text[issue.start : issue.end], language, accepted)
        ):
            continue
        kept.append(issue)
    return kept


def _accepted_forms(accept: Set[str], language: Language) -> frozenset[str]:
    forms: set[str] = set()
    for entry in accept:
        forms.add(entry.lower())
        for word in _WORD.findall(entry):
            forms.add(word.lower())
            forms.update(lemmatize(word, language))
    return frozenset(forms)


def _is_accepted(flagged: str, language: Language, accepted: frozenset[str]) -> bool:
    if not accepted:
        return False
    if flagged.lower() in accepted:
        return True
    words = _WORD.findall(flagged)
    return bool(words) and all(
        word.lower() in accepted or not accepted.isdisjoint(lemmatize(word, language))
        for word in words
    )
