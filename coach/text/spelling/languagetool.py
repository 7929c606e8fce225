"""LanguageTool as the spelling and grammar back end: a team's server or a local copy.

LanguageTool finds much more than the offline speller (grammar, agreement, style), but it
is a separate service: either a server the team runs, or a LanguageTool folder on this
machine that is started with Java. Either can be missing or dead, so every failure becomes
`LanguageToolUnavailable` within seconds (short timeouts, one try) and the caller falls
back to the offline checker (`coach.text.spelling.selection`).

The server is spoken to over LanguageTool's documented HTTP API
(`coach.text.spelling.languagetool_http`), and a local copy is started as its
documentation says (`coach.text.spelling.languagetool_local`): no client library, so no
private hooks to bound its waits and no download step to keep from running. Nothing is
ever downloaded; a missing local copy is an error.
"""

from __future__ import annotations

import os
import re
import threading
from bisect import bisect_left
from collections.abc import Set
from pathlib import Path
from types import TracebackType
from typing import Final
from urllib.parse import urlsplit

from coach.content.enums import Language
from coach.errors import CoachError, UsageError
from coach.text.code_spans import find_code_spans
from coach.text.languages import profile
from coach.text.lemmas import lemmatize
from coach.text.spelling.base import IssueKind, SpellIssue, SpellReport, SpellRequest
from coach.text.spelling.languagetool_http import (
    LanguageToolHttp,
    LanguageToolHttpError,
    Match,
    resolve_language,
)
from coach.text.spelling.languagetool_local import (
    LocalCopyError,
    LocalServer,
    find_local_copy,
    start_local_server,
)

NAME: Final = "languagetool"
# A dead host is noticed by the connect timeout. The read timeout is longer because a
# fresh LanguageTool server loads a language's rules on its first check (seconds).
CONNECT_TIMEOUT: Final = 3.0
READ_TIMEOUT: Final = 8.0

_MAX_SUGGESTIONS = 3
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


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
    check; the server's languages are asked once per connection. Words the request accepts
    and code-like spans are never spelling issues. `check` raises `LanguageToolUnavailable`
    when LanguageTool cannot answer. Checks may run in parallel threads.
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
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        # Connection state, guarded by `_lock`: the client, the server's language codes,
        # languages it lacks, and the local server this checker started.
        self._lock = threading.Lock()
        self._client: LanguageToolHttp | None = None
        self._available: frozenset[str] | None = None
        self._unsupported: dict[Language, LanguageNotSupported] = {}
        self._local_server: LocalServer | None = None

    @property
    def location(self) -> str:
        """The server URL or local folder, as shown in messages."""
        return self._url if self._url is not None else str(self._local_path)

    def check(self, request: SpellRequest) -> SpellReport:
        text = _sendable(request.text)
        if not text.strip():
            return SpellReport(backend=self.name)
        client, code = self._connection(request.language)
        try:
            matches = client.check(text, code)
        except LanguageToolHttpError as error:
            self._forget(client)
            raise self._unavailable(error) from error
        units = _utf16_positions(text)
        issues = [_issue(match, text, units) for match in matches]
        kept = _without_accepted(issues, text, request.language, request.accept)
        return SpellReport(backend=self.name, issues=tuple(sorted(kept, key=_span)))

    def supports(self, language: Language) -> bool:
        """Whether LanguageTool offers `language` (asks it if not yet known).

        Raises `LanguageToolUnavailable` when it cannot be asked.
        """
        try:
            self._connection(language)
        except LanguageNotSupported:
            return False
        return True

    def close(self) -> None:
        """Stops a local LanguageTool server this checker started; safe to call twice."""
        with self._lock:
            self._forget_locked()

    def __enter__(self) -> LanguageToolChecker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _connection(self, language: Language) -> tuple[LanguageToolHttp, str]:
        """The client and the server's code for `language`; connects (and starts the local
        copy) on first use, and asks the server's languages (`/v2/languages`) once."""
        with self._lock:
            if language in self._unsupported:
                raise self._unsupported[language]
            client = self._client if self._client is not None else self._connect()
            if self._available is None:
                try:
                    self._available = client.languages()
                except LanguageToolHttpError as error:
                    self._forget_locked()
                    raise self._unavailable(error) from error
            code = resolve_language(profile(language).languagetool_code, self._available)
            if code is None:
                raise self._not_supported(language)
            return client, code

    def _connect(self) -> LanguageToolHttp:
        """A client of the configured server, or of the local copy, started now."""
        if self._url is not None:
            _check_url(self._url)
            base, use_proxies = self._url, True
        else:
            try:
                copy = find_local_copy(Path(self.location))
                self._local_server = start_local_server(copy)
            except LocalCopyError as error:
                raise LanguageToolUnavailable(str(error)) from error
            base, use_proxies = self._local_server.url, False
        self._client = LanguageToolHttp(
            base,
            connect_timeout=self._connect_timeout,
            read_timeout=self._read_timeout,
            use_proxies=use_proxies,
        )
        return self._client

    def _forget(self, client: LanguageToolHttp) -> None:
        """After `client` failed: reconnect on the next check, unless another thread
        already has."""
        with self._lock:
            if self._client is client:
                self._forget_locked()

    def _forget_locked(self) -> None:
        """Drops the client (and stops the local server) so the next check reconnects."""
        server, self._local_server = self._local_server, None
        self._client = None
        self._available = None
        self._unsupported.clear()
        if server is not None:
            server.close()

    def _where(self) -> str:
        if self._url is not None:
            return f"LanguageTool server at {self._url}"
        return f"local LanguageTool at {self._local_path}"

    def _not_supported(self, language: Language) -> LanguageNotSupported:
        error = LanguageNotSupported(
            f"{self._where()} does not support {profile(language).name} "
            f"({profile(language).languagetool_code})",
            language,
        )
        self._unsupported[language] = error
        return error

    def _unavailable(self, error: LanguageToolHttpError) -> LanguageToolUnavailable:
        return LanguageToolUnavailable(f"{self._where()} {error.reason}")


def server_address(url: str) -> str:
    """`url` as the server's base address: scheme added, no trailing `/` or `/v2`.

    Users paste either form ("localhost:8081", "http://host/v2/"); requests go to
    `<address>/v2/...`, which would double or drop a path segment otherwise.
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


# --- matches to issues ----------------------------------------------------------------------


def _sendable(text: str) -> str:
    """`text` with lone surrogates (from a broken paste) as "?": same length, encodable."""
    return text.encode("utf-8", errors="replace").decode("utf-8")


def _issue(match: Match, text: str, units: list[int] | None) -> SpellIssue:
    start, end = _code_point_span(text, units, match.offset, match.length)
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
    issue_type = match.issue_type.lower()
    if issue_type == "misspelling":
        return "spelling"
    if issue_type == "grammar" or match.category.upper() == "GRAMMAR":
        return "grammar"
    return "style"


def _code_point_span(
    text: str, units: list[int] | None, utf16_start: int, utf16_length: int
) -> tuple[int, int]:
    """The code-point span of a match: LanguageTool counts UTF-16 units (Java strings), so
    an emoji before or inside the flagged text counts twice. `units` comes from
    `_utf16_positions(text)`."""
    if units is None:
        start = min(max(utf16_start, 0), len(text))
        return start, min(start + max(utf16_length, 0), len(text))
    start = bisect_left(units, max(utf16_start, 0), hi=len(text))
    end = bisect_left(units, units[start] + max(utf16_length, 0), lo=start)
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
