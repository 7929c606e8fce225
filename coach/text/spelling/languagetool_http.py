"""A small client of LanguageTool's documented HTTP API: `/v2/languages` and `/v2/check`.

Two calls are all the checker needs, so they are made here with the standard library
rather than through language_tool_python, whose waits (300 s a request, a second try) and
port search could only be bounded through its private hooks. Every request has a connect
timeout (a dead host) and a read timeout (a slow or stuck server), and is tried once. Proxies
come from the environment (`HTTP(S)_PROXY`, `NO_PROXY`) as for any urllib client.

Failures are `LanguageToolHttpError`s whose `reason` completes a sentence naming the server
("... is unreachable (connection refused)"); the checker turns them into the app's errors.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
import unicodedata
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, Final
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit

_MAX_DETAIL: Final = 160
_TAG = re.compile(r"<[^>]*>")
_USER_AGENT: Final = "reply-coach (LanguageTool HTTP API v2)"


class LanguageToolHttpError(Exception):
    """A request to the server failed; `reason` says why, after the server's name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Unreachable(LanguageToolHttpError):  # noqa: N818 - the name states the condition
    """No answer: refused, unknown host, a timeout, TLS, a proxy in the way."""


class NotLanguageTool(LanguageToolHttpError):  # noqa: N818 - the name states the condition
    """Something answered, but not as LanguageTool does (an error page, other JSON)."""

    def __init__(self, detail: str) -> None:
        words = _TAG.sub(" ", detail)  # an error page's HTML, as words
        super().__init__(f"did not answer like a LanguageTool server ({shorten(words)})")
        self.detail = detail


@dataclass(frozen=True)
class Match:
    """One issue as `/v2/check` reports it; `offset` and `length` count UTF-16 units, as
    the Java server does."""

    offset: int
    length: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    issue_type: str
    category: str


class LanguageToolHttp:
    """The HTTP API of the LanguageTool server at `base_url` (no `/v2`, no trailing `/`).

    Requests go through the environment's proxy unless `use_proxies` is False. Thread-safe:
    each call is one independent request.
    """

    def __init__(
        self,
        base_url: str,
        *,
        connect_timeout: float,
        read_timeout: float,
        use_proxies: bool = True,
    ) -> None:
        self.base_url = base_url
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.use_proxies = use_proxies
        handlers: list[urllib.request.BaseHandler] = [
            _HttpHandler(read_timeout),
            _HttpsHandler(read_timeout),
        ]
        if not use_proxies:  # a server this app started on 127.0.0.1
            handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)

    def languages(self) -> frozenset[str]:
        """Every language code the server accepts, short and long ("en", "en-US")."""
        reply = self._request("languages")
        if not isinstance(reply, list):
            raise NotLanguageTool(f"/v2/languages returned {_kind_of(reply)}, not a list")
        codes: set[str] = set()
        for entry in reply:
            if not isinstance(entry, dict):
                raise NotLanguageTool(f"/v2/languages listed {_kind_of(entry)}")
            codes.update(
                value for key in ("code", "longCode") if isinstance(value := entry.get(key), str)
            )
        return frozenset(codes)

    def check(self, text: str, language: str) -> list[Match]:
        """The server's matches for `text` in `language` (a code from `languages`)."""
        reply = self._request("check", {"language": language, "text": text})
        try:
            return [_match(entry) for entry in reply["matches"]]
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise NotLanguageTool(f"unexpected reply to /v2/check: {error!r}") from error

    def _request(self, endpoint: str, form: Mapping[str, str] | None = None) -> Any:
        """The JSON a GET (or, with `form`, a POST) to `/v2/<endpoint>` returns."""
        url = f"{self.base_url}/v2/{endpoint}"
        data = None if form is None else urlencode(form).encode("utf-8")
        request = urllib.request.Request(
            url, data=data, headers={"Accept": "application/json", "User-Agent": _USER_AGENT}
        )
        try:
            with self._opener.open(request, timeout=self.connect_timeout) as response:
                body: bytes = response.read()
        except HTTPError as error:
            raise NotLanguageTool(f"HTTP {error.code}: {_error_body(error)}") from error
        except URLError as error:
            cause = error.reason if isinstance(error.reason, BaseException) else error
            raise Unreachable(self._unreachable(cause, url)) from error
        except TimeoutError as error:
            raise Unreachable(f"did not reply within {self.read_timeout:g} s") from error
        except (OSError, http.client.HTTPException) as error:
            raise Unreachable(self._unreachable(error, url)) from error
        try:
            return json.loads(body)
        except ValueError as error:
            raise NotLanguageTool(body.decode("utf-8", "replace")) from error

    def _unreachable(self, error: BaseException, url: str) -> str:
        """Why no answer came, completing "<server> ...". Through a proxy, the proxy is
        what could not be reached (or refused to connect)."""
        if isinstance(error, _ConnectTimeoutError):
            why = f"no answer in {self.connect_timeout:g} s"
        elif isinstance(error, ConnectionRefusedError):
            why = "connection refused"
        elif isinstance(error, socket.gaierror):
            why = "host name not found"
        elif isinstance(error, ssl.SSLError):
            why = "TLS/SSL error"
        elif isinstance(error, TimeoutError):
            return f"did not reply within {self.read_timeout:g} s"
        else:
            why = shorten(str(error) or type(error).__name__)
        proxy = _proxy_for(url) if self.use_proxies else None
        if proxy is not None:
            return f"is unreachable (through the proxy {proxy}: {why})"
        return f"is unreachable ({why})"


def shorten(detail: str) -> str:
    """`detail` on one line, cut to a status line's length."""
    line = " ".join(detail.split())
    return line if len(line) <= _MAX_DETAIL else line[: _MAX_DETAIL - 1] + "…"


def resolve_language(code: str, available: frozenset[str]) -> str | None:
    """The server's own spelling of `code` ("en-US"), else of its base language ("en"),
    or None when the server has neither."""
    by_key = {name.lower().replace("_", "-"): name for name in available}
    key = code.lower().replace("_", "-")
    return by_key.get(key) or by_key.get(key.split("-", 1)[0])


def _match(entry: dict[str, Any]) -> Match:
    rule = entry["rule"]
    offset, length = entry["offset"], entry["length"]
    if not (isinstance(offset, int) and isinstance(length, int)):
        raise ValueError(f"offset {offset!r} and length {length!r} are not integers")
    return Match(
        offset=offset,
        length=length,
        # NFKC as language_tool_python gave it: full-width and ligature forms as plain text.
        message=unicodedata.normalize("NFKC", str(entry["message"])),
        replacements=tuple(str(r["value"]) for r in entry.get("replacements", ())),
        rule_id=str(rule["id"]),
        issue_type=str(rule.get("issueType", "")),
        category=str(rule.get("category", {}).get("id", "")),
    )


def _kind_of(value: object) -> str:
    return "nothing" if value is None else f"a {type(value).__name__}"


def _error_body(error: HTTPError) -> str:
    try:
        body: bytes = error.read()
    except (OSError, http.client.HTTPException):
        body = b""
    return body.decode("utf-8", "replace").strip() or str(error.reason)


def _proxy_for(url: str) -> str | None:
    """The proxy urllib sends `url` through (from the environment), if any."""
    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy


# --- separate connect and read timeouts ------------------------------------------------------
# urllib has one timeout for both. The connection classes below connect within it (the
# connect timeout) and then give the socket the read timeout, through http.client's public
# `connect()` and `sock`; the handlers hand them to urllib's `do_open`.


class _ConnectTimeoutError(OSError):
    """Connecting took longer than the connect timeout."""


class _HttpConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, read_timeout: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout = read_timeout

    def connect(self) -> None:
        try:
            super().connect()
        except TimeoutError as error:
            raise _ConnectTimeoutError(str(error)) from error
        self.sock.settimeout(self.read_timeout)


class _HttpsConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, read_timeout: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.read_timeout = read_timeout

    def connect(self) -> None:
        try:
            super().connect()  # includes the TLS handshake
        except TimeoutError as error:
            raise _ConnectTimeoutError(str(error)) from error
        self.sock.settimeout(self.read_timeout)


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, read_timeout: float) -> None:
        super().__init__()
        self.read_timeout = read_timeout

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = partial(_HttpConnection, read_timeout=self.read_timeout)
        return self.do_open(connection, req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, read_timeout: float) -> None:
        self.tls = ssl.create_default_context()  # certificates and host names verified
        super().__init__(context=self.tls)
        self.read_timeout = read_timeout

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = partial(_HttpsConnection, read_timeout=self.read_timeout)
        return self.do_open(connection, req, context=self.tls)
