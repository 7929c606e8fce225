"""Compile the scoring hot path with mypyc into build/native/ (`make native`), unless the
build there is already current (`--force` rebuilds anyway).

The manifest is written last, with the digests of the sources as they were *before*
compiling, so a file edited during the build makes the build stale rather than wrong; the
previous build is removed first, so a failed build leaves none. See coach/native.py for
how and when the build is used.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["COACH_NATIVE"] = "0"  # importing `coach` must not load the build being replaced

from coach.native import (  # noqa: E402
    BUILD_DIR,
    COMPILED,
    MANIFEST,
    abi_tag,
    check_build,
    source_digests,
)


def main() -> int:
    current, _ = check_build(environ={})
    if current.active and "--force" not in sys.argv[1:]:
        print(f"native build: current ({current.detail})")
        return 0
    from mypyc.build import mypycify  # noqa: PLC0415 - a build-time dependency only
    from setuptools import setup  # noqa: PLC0415

    # setuptools finds our pyproject.toml and warns that its [tool.setuptools] is beta.
    warnings.filterwarnings("ignore", message=".*is still \\*beta\\*")
    started = time.perf_counter()
    digests = source_digests()
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    temp = ROOT / "build" / "native-temp"
    sources = [str(ROOT / (name.replace(".", "/") + ".py")) for name in COMPILED]
    os.chdir(ROOT)  # mypy reads pyproject.toml's settings from here
    setup(
        name="coach-native",
        script_args=[
            "--quiet",
            "build_ext",
            "--build-lib",
            str(BUILD_DIR),
            "--build-temp",
            str(temp),
            "--parallel",
            str(os.cpu_count() or 1),
        ],
        ext_modules=mypycify(sources, opt_level="3", target_dir=str(temp / "c")),
    )
    files = {}
    for path in BUILD_DIR.rglob("*.so"):
        relative = path.relative_to(BUILD_DIR)
        module = relative.as_posix().split(".", 1)[0].replace("/", ".")
        files[module] = relative.as_posix()
    missing = sorted(set(COMPILED) - set(files))
    if missing:
        print(f"native build: no extension for {', '.join(missing)}", file=sys.stderr)
        return 1
    manifest = {"abi": abi_tag(), "sources": digests, "files": files}
    (BUILD_DIR / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    elapsed = time.perf_counter() - started
    print(f"native build: {len(COMPILED)} modules compiled in {elapsed:.0f} s into {BUILD_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
