"""The scoring hot path compiled to C, used only while it matches these sources.

`make native` compiles `COMPILED` with mypyc into `build/native/` and writes a manifest
with the SHA-256 of every source the compiled code was type-checked against (all of
`coach.content`, `coach.text` and `coach.scoring`: compiled code trusts the types of what
it imports). On import, `coach` calls `activate()`, which installs an import finder for the
compiled modules only if the build was made for this interpreter and every hashed source
is unchanged. Otherwise everything runs from source, exactly as if no build existed: an
edited file is never shadowed by a stale extension. All or nothing, because compiled
modules call each other directly in C, so one module cannot be swapped for its source.

`COACH_NATIVE=0` runs from source even when the build is current (profilers then see
Python frames; benchmarks compare the two).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = ROOT / "build" / "native"
MANIFEST = "manifest.json"

# The modules a reply's scoring runs through; the rest of the app gains nothing from C.
COMPILED: tuple[str, ...] = (
    "coach.identity_cache",
    "coach.text.analysis",
    "coach.text.code_spans",
    "coach.text.lemmas",
    "coach.text.negation",
    "coach.text.phrases",
    "coach.text.readability",
    "coach.text.regex_screen",
    "coach.text.sentences",
    "coach.text.sentenize",
    "coach.text.tokens",
    "coach.text.spelling.offline",
    "coach.scoring.applicability",
    "coach.scoring.context",
    "coach.scoring.effective",
    "coach.scoring.engine",
    "coach.scoring.report",
    "coach.scoring.checks.avoid",
    "coach.scoring.checks.base",
    "coach.scoring.checks.customer_name",
    "coach.scoring.checks.key_points",
    "coach.scoring.checks.length",
    "coach.scoring.checks.move",
    "coach.scoring.checks.phrases",
    "coach.scoring.checks.readability",
    "coach.scoring.checks.repetition",
    "coach.scoring.checks.respect",
    "coach.scoring.checks.sentence_length",
    "coach.scoring.checks.shouting",
    "coach.scoring.checks.spelling",
)

# What compiled code may depend on: these layers and the root modules below the layers
# (import-linter keeps everything above them out of compiled code).
HASHED_PACKAGES = ("coach/content", "coach/text", "coach/scoring")
ABOVE_THE_LAYERS = ("cli", "__main__")


@dataclass(frozen=True)
class NativeStatus:
    active: bool
    detail: str

    def __str__(self) -> str:
        return f"{'compiled' if self.active else 'from source'} ({self.detail})"


def abi_tag() -> str:
    """What a build must have been made for: this interpreter's extension suffix."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def hashed_sources(root: Path = ROOT) -> Iterator[Path]:
    for package in HASHED_PACKAGES:
        yield from sorted((root / package).rglob("*.py"))
    for path in sorted((root / "coach").glob("*.py")):
        if not path.stem.startswith(ABOVE_THE_LAYERS):
            yield path


def source_digests(root: Path = ROOT) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in hashed_sources(root)
    }


def check_build(
    build_dir: Path = BUILD_DIR, root: Path = ROOT, environ: Mapping[str, str] = os.environ
) -> tuple[NativeStatus, dict[str, Path]]:
    """Whether the build in `build_dir` may be used, and the extension file of each module
    it provides (compiled modules and mypyc's shared support library)."""
    if environ.get("COACH_NATIVE", "1") == "0":
        return NativeStatus(False, "COACH_NATIVE=0"), {}
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
        abi, sources, files = manifest["abi"], manifest["sources"], manifest["files"]
    except FileNotFoundError:
        return NativeStatus(False, "not built: `make native` builds it"), {}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return NativeStatus(False, f"unreadable manifest: {exc}"), {}
    if abi != abi_tag():
        return NativeStatus(False, f"built for {abi}, this Python wants {abi_tag()}"), {}
    current = source_digests(root)
    for name in sorted(set(sources) | set(current)):
        if sources.get(name) != current.get(name):
            change = "new" if name not in sources else "gone" if name not in current else "edited"
            return NativeStatus(False, f"stale: {name} {change} since the build"), {}
    paths = {module: build_dir / relative for module, relative in files.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        return NativeStatus(False, f"incomplete build: {missing[0]} is missing"), {}
    compiled = sum(1 for module in paths if module.startswith("coach."))
    return NativeStatus(True, f"{compiled} modules"), paths


class _CompiledFinder:
    """Finds the compiled modules (and mypyc's support library) in the native build.

    A plain class, not `importlib.abc.MetaPathFinder`: importing that costs every start of
    the app 15 ms, and the import system only calls `find_spec`."""

    def __init__(self, files: Mapping[str, Path]) -> None:
        self._files = dict(files)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self._files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


STATUS = NativeStatus(False, "not activated")


def activate() -> NativeStatus:
    """Install the compiled modules if the build is current; idempotent."""
    global STATUS  # noqa: PLW0603 - one status per process, read by benchmarks and `coach`
    if STATUS.active:
        return STATUS
    status, files = check_build()
    already = [m for m in files if m in sys.modules]
    if already:  # imported from source before activation: mixing is not allowed
        status, files = NativeStatus(False, f"{already[0]} was imported first"), {}
    if files:
        sys.meta_path.insert(0, _CompiledFinder(files))
    STATUS = status
    return status
