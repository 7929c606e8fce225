"""Output files that appear whole or not at all, and never overwrite what is being read.

Every `--out` of the CLI goes through `atomic_output`: the text is written to a temporary
file in the target's folder (same file system, so the final rename is atomic) and renamed
over the target only when the command finished without an error. A failed batch, a full
disk or Ctrl+C therefore leave an existing output exactly as it was, and no half-written
file behind. `refuse_clobber` stops the other way of losing data: `--out` naming one of
the command's inputs or the history database, which the old open-for-writing truncated
before the first line was read.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from coach.errors import UsageError


def refuse_clobber(out: Path, protected: Iterable[tuple[Path, str]]) -> None:
    """Raise `UsageError` when `out` is the same file as one of `protected` (path, what).

    Compared by inode where both exist (hard links, `./x` vs `x`, symlinks) and by the
    resolved path otherwise, so a file about to be created next to the database is fine.
    """
    for path, what in protected:
        if _same_file(out, path):
            raise UsageError(f"--out {out} is the {what}; choose another file so it is not lost")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        return False


@contextlib.contextmanager
def atomic_output(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file that replaces `path` only if the `with` block succeeds.

    A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is
    written in place: renaming over it would replace the device node itself.
    Raises `UsageError` when the file cannot be created, flushed or renamed (a read-only
    folder, a full disk); an error inside the block leaves the target untouched.
    """
    try:
        existing: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _writing(path):
            handle = open(path, "w", encoding="utf-8", newline=newline)  # noqa: SIM115
        try:
            yield handle
        finally:
            with _writing(path):
                handle.close()
        return
    with _writing(path):
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            with _writing(path):
                handle.flush()
                os.fsync(handle.fileno())
        with _writing(path):
            # mkstemp makes the file private (0600); give it the mode the target had, or
            # the one a new file would get, so replacing a report does not hide it.
            os.chmod(temporary, _mode_for(existing))
            os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(existing: os.stat_result | None) -> int:
    if existing is not None:
        return stat.S_IMODE(existing.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """File-system errors while writing `path` as one-line `UsageError`s."""
    try:
        yield
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc
