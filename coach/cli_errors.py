"""How every command turns expected problems into exit codes (never a traceback)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable

from coach.errors import CoachError, UsageError

# Writing the output failed for a reason of the machine's, not of the program's: a full
# disk (`> /dev/full`), a quota, a file too big, an I/O error. One line, exit 1.
_OUTPUT_ERRNOS = frozenset(
    code
    for code in (
        getattr(errno, name, None) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS")
    )
    if code is not None
)


def exit_code(command: Callable[[], int]) -> int:
    """Run `command`: usage errors exit 2, other expected problems 1, a closed pipe 0.

    Standard output is flushed here, inside the guard: otherwise a full disk shows up only
    when the interpreter flushes it at exit, as a traceback-like "Exception ignored".
    """
    try:
        code = command()
        sys.stdout.flush()
        return code
    except UsageError as exc:
        print(f"coach: error: {exc}", file=sys.stderr)
        return 2
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _discard_stdout()
        return 0
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        print(f"coach: error: cannot write the output: {exc.strerror}", file=sys.stderr)
        _discard_stdout()
        return 1


def _discard_stdout() -> None:
    """Point standard output at the null device, so what is still buffered for the dead
    pipe or the full disk is dropped at exit instead of failing a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fileno = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)
