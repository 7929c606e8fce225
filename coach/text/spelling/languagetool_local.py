"""A LanguageTool copy on this machine: found in a folder, started with Java, stopped again.

A copy is the official zip unpacked: a `LanguageTool-<version>` folder holding
`languagetool-server.jar`. It is started as LanguageTool's documentation says,
`java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N`, on a free
port of 127.0.0.1 (the server's default is local access only), and is ready when
`/v2/healthcheck` answers. Nothing is ever downloaded: a missing copy is an error.

Failures are `LocalCopyError`s with a message for a trainee's status line.
"""

from __future__ import annotations

import atexit
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.error import URLError

from coach.text.spelling.languagetool_http import shorten

JAR_NAMES: Final = ("languagetool-server.jar", "languagetool.jar")
SERVER_CLASS: Final = "org.languagetool.server.HTTPServer"
# A server that exits (a port taken between choosing it and the server binding it) is
# started again on another port; a copy that fails three times is broken, not unlucky.
PORT_ATTEMPTS: Final = 3
# A fresh JVM with LanguageTool's rules takes a few seconds to answer.
READY_TIMEOUT: Final = 15.0
_POLL_INTERVAL = 0.2
_JAVA_VERSION_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0
_HOST = "127.0.0.1"
# Release folders are LanguageTool-6.6; snapshots LanguageTool-20250101 (newer than any
# release), as LanguageTool names its zips.
_RELEASE = re.compile(r"LanguageTool-(\d+)\.(\d+)")
_SNAPSHOT = re.compile(r"LanguageTool-(\d{8})")
_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')
# No console window per server on Windows (0 elsewhere).
_NO_WINDOW: Final[int] = getattr(subprocess, "CREATE_NO_WINDOW", 0)


class LocalCopyError(Exception):
    """The local copy cannot be used; the message says why and what to do."""


@dataclass(frozen=True)
class LocalCopy:
    directory: Path  # .../LanguageTool-6.6
    jar: Path
    version: tuple[int, ...]  # sorts releases by number, then snapshots by date

    @property
    def java_needed(self) -> int:
        """The oldest Java it runs on: 17 from LanguageTool 6.6 on, 9 before."""
        return 17 if self.version[0] == 1 or self.version[1:] >= (6, 6) else 9


def find_local_copy(path: Path) -> LocalCopy:
    """`path` itself if it is a LanguageTool-<version> folder, else the newest one in it."""
    if not path.is_dir():
        raise LocalCopyError(f"No local LanguageTool at {path}: the folder does not exist")
    candidates = [path] if path.name.startswith("LanguageTool-") else path.glob("LanguageTool-*")
    copies = [copy for copy in map(_as_local_copy, candidates) if copy is not None]
    if not copies:
        raise LocalCopyError(
            f"No local LanguageTool at {path}: expected a folder named LanguageTool-<version> "
            "with languagetool-server.jar in it (as unpacked from languagetool.org), or a "
            "folder containing one"
        )
    return max(copies, key=lambda copy: copy.version)


def _as_local_copy(directory: Path) -> LocalCopy | None:
    jar = next((directory / name for name in JAR_NAMES if (directory / name).is_file()), None)
    if jar is None:
        return None
    if release := _RELEASE.fullmatch(directory.name):
        return LocalCopy(directory, jar, (0, int(release[1]), int(release[2])))
    if snapshot := _SNAPSHOT.fullmatch(directory.name):
        return LocalCopy(directory, jar, (1, int(snapshot[1])))
    return None  # a name like LanguageTool-custom: no version to know its Java by


class LocalServer:
    """A LanguageTool server process this app started; `close()` stops it."""

    def __init__(self, copy: LocalCopy, process: subprocess.Popen[bytes], port: int) -> None:
        self.copy = copy
        self.process = process
        self.url = f"http://{_HOST}:{port}"

    def close(self) -> None:
        """Stops the server (safe to call twice)."""
        _stop(self.process)
        with _RUNNING_LOCK:
            _RUNNING.discard(self.process)


def start_local_server(copy: LocalCopy, *, ready_timeout: float = READY_TIMEOUT) -> LocalServer:
    """Starts `copy`'s server and returns once it answers; raises `LocalCopyError`."""
    java = shutil.which("java")
    if java is None:
        raise LocalCopyError(
            f"Java was not found on PATH; the local LanguageTool at {copy.directory} "
            f"needs Java {copy.java_needed} or newer"
        )
    _check_java(java, copy)
    reason = ""
    for _ in range(PORT_ATTEMPTS):
        port = _free_port()
        try:
            process = subprocess.Popen(
                [java, "-cp", str(copy.jar), SERVER_CLASS, "--port", str(port)],
                cwd=copy.directory,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                creationflags=_NO_WINDOW,
            )
        except OSError as error:  # java not executable, the folder unreadable...
            raise _did_not_start(copy, str(error)) from error
        with _RUNNING_LOCK:
            _RUNNING.add(process)
        server = LocalServer(copy, process, port)
        reason, exited = _wait_until_ready(server, ready_timeout)
        if not reason:
            return server
        server.close()
        if not exited:
            break  # alive but silent: another port would not help
    raise _did_not_start(copy, reason)


def _check_java(java: str, copy: LocalCopy) -> None:
    try:
        result = subprocess.run(
            [java, "-version"],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_JAVA_VERSION_TIMEOUT,
            check=False,
            creationflags=_NO_WINDOW,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise _did_not_start(copy, f"`java -version` failed: {error}") from error
    found = _JAVA_VERSION.search(result.stderr + result.stdout)
    if found is None:
        raise _did_not_start(copy, "could not read the version of Java from `java -version`")
    major = int(found[1])
    if major == 1 and found[2] is not None:  # "1.8.0_392" is Java 8
        major = int(found[2])
    if major < copy.java_needed:
        raise _did_not_start(copy, f"Java {major} is too old, it needs {copy.java_needed}+")


def _did_not_start(copy: LocalCopy, reason: str) -> LocalCopyError:
    return LocalCopyError(
        f"The local LanguageTool at {copy.directory} did not start ({shorten(reason)})"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((_HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_ready(server: LocalServer, timeout: float) -> tuple[str, bool]:
    """An empty reason once `/v2/healthcheck` answers, else why the server is not coming
    up, and whether its process exited (perhaps the port was taken after all)."""
    deadline = time.monotonic() + timeout
    # Straight to 127.0.0.1: a proxy from the environment must not see this.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while time.monotonic() < deadline:
        code = server.process.poll()
        if code is not None:
            return f"the server exited with code {code}", True
        try:
            with opener.open(f"{server.url}/v2/healthcheck", timeout=2) as response:
                if response.status == 200:
                    return "", False
        except (URLError, OSError):
            pass  # not listening yet
        time.sleep(_POLL_INTERVAL)
    return f"no answer on port {server.url.rsplit(':', 1)[1]} within {timeout:g} s", False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# Servers still running when the app exits are stopped, so no Java process outlives it.
_RUNNING: set[subprocess.Popen[bytes]] = set()
_RUNNING_LOCK = threading.Lock()


@atexit.register
def _stop_all() -> None:
    with _RUNNING_LOCK:
        running = list(_RUNNING)
        _RUNNING.clear()
    for process in running:
        _stop(process)
