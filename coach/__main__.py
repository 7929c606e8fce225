"""`coach` with no arguments opens the practice window; with arguments it is the CLI.

This dispatcher sits outside the layers so the CLI never imports Qt and the GUI is only
imported when a window is wanted.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from coach.gui.app import run_app  # noqa: PLC0415 - Qt only when a window is wanted

        return run_app()
    from coach.cli import main as cli_main  # noqa: PLC0415

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
