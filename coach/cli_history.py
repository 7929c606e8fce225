"""`coach history` and `coach rescore`: the history database from the command line.

Kept apart from `coach/cli.py` so the store commands can grow without touching it; cli.py
registers them with `add_history_commands(sub)` and dispatches with
`run_history_command(args)`, which returns None for commands that are not its own.

    coach history [--trainee NAME] [--scenario ID] [--since DATE] [--until DATE]
                  (--csv | --json) [--out FILE] [--database URL]
                  [--passphrase-file FILE]   (or $COACH_TRAINER_PASSPHRASE, or a prompt)
    coach rescore [--trainee NAME] [--scenario ID] [--since DATE] [--until DATE] [--all]
                  [--workers N] [--content PATH...] [--database URL] [--quiet]
    coach db setup-roles --database URL [--trainee LOGIN]... [--trainer LOGIN]...
    coach db upgrade --database URL
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.engine import make_url

from coach.atomic_output import atomic_output, refuse_clobber
from coach.cli_errors import exit_code
from coach.errors import UsageError
from coach.paths import content_search_path
from coach.store import HistoryFilter, RescoreSummary, SqlStore
from coach.store.migrations import current_revision
from coach.store.roles import TRAINEE_ROLE, TRAINER_ROLE, roles_exist, setup_roles
from coach.store.trainer_auth import (
    NOT_SET,
    PassphraseNotSetError,
    has_passphrase,
    require_passphrase,
)

COMMANDS = ("history", "rescore", "db")
PASSPHRASE_ENV = "COACH_TRAINER_PASSPHRASE"


def add_history_commands(subparsers: Any) -> None:
    """Add `history` and `rescore` to the `coach` sub-command parsers."""
    history = subparsers.add_parser(
        "history", help="export stored attempts as CSV or JSON (with effective scores)"
    )
    _add_filters(history)
    fmt = history.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--csv", action="store_true", help="one row per attempt")
    fmt.add_argument("--json", action="store_true", help="full records, findings and reviews")
    history.add_argument("--out", metavar="FILE", type=Path, help="write here (default: stdout)")
    history.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help=f"read the trainer passphrase from the first line of FILE (else ${PASSPHRASE_ENV}, "
        "else a prompt on a terminal)",
    )

    rescore = subparsers.add_parser(
        "rescore",
        help="re-score stored replies after a rubric change (original scores are kept)",
    )
    _add_filters(rescore)
    rescore.add_argument(
        "--all",
        action="store_true",
        help="also rescore attempts whose scenario and rubric have not changed",
    )
    rescore.add_argument(
        "--workers", type=_positive, metavar="N", help="scoring processes (default: one per core)"
    )
    rescore.add_argument(
        "--content",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="rescore with exactly these scenario and rubric folders or files (default: the "
        "bundled content, then COACH_CONTENT_PATH)",
    )
    rescore.add_argument("--quiet", action="store_true", help="no progress bar")

    database = subparsers.add_parser("db", help="administer a shared PostgreSQL history")
    actions = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    roles = actions.add_parser(
        "setup-roles",
        help=f"create the {TRAINEE_ROLE} and {TRAINER_ROLE} roles and row-level security "
        "(idempotent; run as the database owner)",
    )
    roles.add_argument(
        "--database",
        metavar="URL",
        required=True,
        help="the PostgreSQL URL, logged in as the owner of the tables",
    )
    roles.add_argument(
        "--trainee",
        action="append",
        default=[],
        metavar="LOGIN",
        help=f"make this existing login a trainee ({TRAINEE_ROLE}); repeatable",
    )
    roles.add_argument(
        "--trainer",
        action="append",
        default=[],
        metavar="LOGIN",
        help=f"make this existing login a trainer ({TRAINER_ROLE}); repeatable",
    )
    upgrade = actions.add_parser(
        "upgrade",
        help="bring the history database's schema up to this version (run as the database "
        "owner; on a server with roles, their grants are renewed too)",
    )
    upgrade.add_argument(
        "--database",
        metavar="URL",
        required=True,
        help="the SQLite file or PostgreSQL URL, logged in as the owner of the tables",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trainee", metavar="NAME", help="only this trainee")
    parser.add_argument("--scenario", metavar="ID", help="only this scenario id")
    parser.add_argument(
        "--since", type=_when, metavar="DATE", help="from this date (YYYY-MM-DD, local time)"
    )
    parser.add_argument("--until", type=_when, metavar="DATE", help="before this date")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLite file or PostgreSQL URL (default: $COACH_DATABASE_URL, else the user's)",
    )


def _when(value: str) -> datetime:
    """A date (local midnight) or an ISO date-time; naive times are local time."""
    try:
        if len(value) == 10:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date like 2026-11-01 or 2026-11-01T09:30, not '{value}'"
        ) from None
    return parsed if parsed.tzinfo else parsed.astimezone()


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not '{value}'")
    return number


def run_history_command(args: argparse.Namespace) -> int | None:
    """Run `history` or `rescore` and return the exit code; None for other commands."""
    if args.command not in COMMANDS:
        return None

    def run() -> int:
        with SqlStore(args.database) as store:
            if args.command == "history":
                return _history(store, args)
            if args.command == "db" and args.db_command == "upgrade":
                return _upgrade(store)
            if args.command == "db":
                return _setup_roles(store, args)
            return _rescore(store, args)

    return exit_code(run)


def _filters(args: argparse.Namespace) -> HistoryFilter:
    return HistoryFilter(
        trainee=args.trainee, scenario_id=args.scenario, since=args.since, until=args.until
    )


def _history(store: SqlStore, args: argparse.Namespace) -> int:
    if args.out is not None:
        refuse_clobber(args.out, _database_files(store.url))
    _require_trainer(store, args)
    if args.out is not None:
        with atomic_output(args.out, newline="") as out:
            count = _export(store, args, out)
    else:
        count = _export(store, args, sys.stdout)
    print(f"{count} attempt(s) exported", file=sys.stderr)
    return 0


def _setup_roles(store: SqlStore, args: argparse.Namespace) -> int:
    # Opening the store first created or upgraded the schema the grants are about.
    setup_roles(store.db, trainees=tuple(args.trainee), trainers=tuple(args.trainer))
    print(
        f"roles {TRAINEE_ROLE} and {TRAINER_ROLE} and row-level security are set up on "
        f"{store.where}"
    )
    for login in args.trainee:
        print(f"  trainee: {login}")
    for login in args.trainer:
        print(f"  trainer: {login}")
    return 0


def _upgrade(store: SqlStore) -> int:
    """Opening the store upgraded its schema (migrations run as it opens); on a server
    whose roles are set up, renew their grants and policies for any new table."""
    if not store.db.is_sqlite and store.db.read(roles_exist):
        setup_roles(store.db)
        print(f"grants for {TRAINEE_ROLE} and {TRAINER_ROLE} renewed")
    revision = store.db.read(current_revision)
    print(f"the history database {store.where} is up to date (schema {revision})")
    return 0


def _require_trainer(store: SqlStore, args: argparse.Namespace) -> None:
    """Every trainee's replies and reviews are the trainer's: ask for the passphrase.

    Except for a trainee's login to a PostgreSQL server with roles: the server lets it
    read only that trainee's own rows (and not the passphrase record at all), so the
    export is theirs and needs no trainer passphrase.

    From `--passphrase-file`, else $COACH_TRAINER_PASSPHRASE, else a prompt when standard
    input is a terminal; else a one-line usage error. A wrong one exits 2 after the delay
    `trainer_auth.unlock` imposes, and is counted like a wrong one in the app.
    """
    if store.login_trainee is not None:
        print(f"trainee login {store.login_trainee}: only its own attempts", file=sys.stderr)
        return
    if not has_passphrase(store):
        raise PassphraseNotSetError(NOT_SET)  # before prompting for a passphrase that cannot work
    require_passphrase(store, _read_passphrase(args), actor="coach history")


def _read_passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is not None:
        try:
            with args.passphrase_file.open(encoding="utf-8", errors="strict") as file:
                line: str = file.readline(4096)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not UTF-8 text"
            raise UsageError(
                f"cannot read the passphrase file {args.passphrase_file}: {reason}"
            ) from None
        return line.rstrip("\r\n")
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass("Trainer passphrase: ")
        except (EOFError, KeyboardInterrupt):
            raise UsageError("no trainer passphrase given") from None
    raise UsageError(
        f"the history export needs the trainer passphrase: use --passphrase-file FILE or "
        f"${PASSPHRASE_ENV}, or run it on a terminal"
    )


def _database_files(url: str) -> list[tuple[Path, str]]:
    """The SQLite file behind `url` and its journal files (none for a server database):
    an export written over one of them would destroy the history it exports."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return []
    database = Path(parsed.database)
    files = [(database, "history database")]
    for suffix in ("-wal", "-shm", "-journal"):
        files.append((database.with_name(database.name + suffix), "history database's journal"))
    return files


def _export(store: SqlStore, args: argparse.Namespace, out: TextIO) -> int:
    if args.csv:
        return store.export_csv(out, _filters(args))
    return store.export_json(out, _filters(args))


def _rescore(store: SqlStore, args: argparse.Namespace) -> int:
    # Without --content: the whole search path, so attempts at the trainers' own scenarios
    # are rescored too. With it: exactly those files (an edited copy of a bundled rubric).
    paths = args.content or content_search_path()
    bar = None if args.quiet else ProgressBar(sys.stderr)
    summary = store.rescore(
        paths,
        filters=_filters(args),
        force=args.all,
        workers=args.workers,
        progress=bar.update if bar else None,
    )
    if bar:
        bar.finish()
    for issue in summary.content_issues[:10]:
        print(f"content: {issue}", file=sys.stderr)
    print(describe(summary))
    return 0


def describe(summary: RescoreSummary) -> str:
    """One paragraph saying what was done and what was skipped, and why."""
    workers = f"{summary.workers} worker{'s' if summary.workers > 1 else ''}"
    text = (
        f"rescored {summary.rescored} of {summary.considered} attempt(s) in "
        f"{summary.seconds:.1f} s ({summary.per_second:.0f}/s, {workers}); original scores kept"
    )
    skipped = [
        (summary.unchanged, "already scored with the current scenario and rubric (--all redoes)"),
        (summary.already_done, "already rescored with the current content"),
        (summary.missing, "skipped: scenario or rubric no longer in the content"),
        (summary.reused, "were identical replies, scored once"),
    ]
    details = [f"{count} {what}" for count, what in skipped if count]
    if summary.sentence_hits + summary.sentence_misses:
        details.append(
            f"{summary.sentence_hit_rate:.0%} of sentences were already embedded "
            f"({summary.sentence_misses} embedded now)"
        )
    return text + ("\n  " + "\n  ".join(details) if details else "")


class ProgressBar:
    """A one-line progress bar on a terminal; a line per 10% elsewhere (logs, CI)."""

    WIDTH = 30

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.interactive = out.isatty()
        self.started = time.monotonic()
        self.last_drawn = 0.0
        self.last_decile = -1

    def update(self, done: int, total: int) -> None:
        if total == 0:
            return
        now = time.monotonic()
        rate = done / (now - self.started) if now > self.started else 0.0
        if self.interactive:
            if done < total and now - self.last_drawn < 0.1:
                return
            self.last_drawn = now
            filled = round(self.WIDTH * done / total)
            eta = timedelta(seconds=round((total - done) / rate)) if rate else "?"
            self.out.write(
                f"\rrescoring [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
                f"{done}/{total} {rate:5.0f}/s ETA {eta} "
            )
        else:
            decile = 10 * done // total
            if decile == self.last_decile:
                return
            self.last_decile = decile
            self.out.write(f"rescoring: {done}/{total} ({rate:.0f}/s)\n")
        self.out.flush()

    def finish(self) -> None:
        if self.interactive:
            self.out.write("\n")
            self.out.flush()
