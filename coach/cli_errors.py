"""How every command turns expected problems into exit codes (never a traceback)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from coach.errors import CoachError, UsageError


def exit_code(command: Callable[[], int]) -> int:
    """Run `command`: usage errors exit 2, other expected problems 1, a closed pipe 0."""
    try:
        return command()
    except UsageError as exc:
        print(f"coach: error: {exc}", file=sys.stderr)
        return 2
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
