"""`SqlStore`: the history database (SQLite or PostgreSQL) behind one object.

Every method is one transaction that has committed (or rolled back) when it returns, and
raises `StoreError` for anything the database or its host does wrong. Safe to share
between threads: each thread uses its own pooled connection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from coach.store import attempts as _attempts
from coach.store import drafts as _drafts
from coach.store import history as _history
from coach.store import reviews as _reviews
from coach.store import trainees as _trainees
from coach.store.api import AttemptStore, AttemptSummary, NewAttempt
from coach.store.engine import DEFAULT_BUSY_WAIT, Database, resolve_url
from coach.store.history import HistoryFilter, Order, StoredAttempt
from coach.store.migrations import upgrade
from coach.store.rescore import Progress, RescoreSummary
from coach.store.rescore import rescore as _rescore
from coach.store.reviews import Review
from coach.store.roles import LoginRoles, login_roles
from coach.store.sqlite_file import check_sqlite_file
from coach.store.trainees import list_trainees


class SqlStore:
    """The history store (implements `coach.store.api.AttemptStore`).

    Opening it resolves the URL (explicit > settings > `COACH_DATABASE_URL` > the user
    data directory), checks an existing SQLite file (a damaged one, or another program's,
    is refused untouched: see `coach.store.sqlite_file`), connects, and upgrades an older
    schema in place; a database from a newer app is refused with a `StoreError`. Close
    it (or use it as a context manager) to release connections and file handles.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        settings_url: str | None = None,
        busy_wait: float = DEFAULT_BUSY_WAIT,
    ) -> None:
        self.url = resolve_url(url, settings_url)
        self.db = Database(self.url, busy_wait=busy_wait)
        try:
            path = self.db.sqlite_path
            if path is not None:  # before the first connection switches the file to WAL
                check_sqlite_file(path, self.db.where, lock_wait=min(busy_wait, 5.0))
            upgrade(self.db)
            # On a server the login decides who this is (see `coach.store.roles`).
            self.roles: LoginRoles | None = None if self.db.is_sqlite else self.db.read(login_roles)
        except BaseException:
            self.db.close()
            raise

    @property
    def login_trainee(self) -> str | None:
        """The trainee this connection is, when it logs in with a trainee's database role
        (PostgreSQL with roles set up); None otherwise (SQLite, the owner, a trainer).

        When set, it replaces the trainee name callers pass: the name typed in Settings
        is free text, the login is what the server's row-level security checks, so an
        attempt or draft is always stored and read under the login.
        """
        roles = self.roles
        if roles is None or not roles.is_trainee or roles.is_trainer:
            return None
        return roles.login

    def _trainee(self, name: str) -> str:
        return self.login_trainee or name

    def _filters(self, filters: HistoryFilter | None) -> HistoryFilter:
        """The filters, with a trainee login's own name for any trainee asked for: the
        server shows it no other rows, and My progress under a Settings name that is not
        the login would otherwise be empty."""
        filters = filters or HistoryFilter()
        login = self.login_trainee
        if login is None or filters.trainee is None:
            return filters
        return replace(filters, trainee=login)

    @property
    def where(self) -> str:
        """The database for messages: a file path, or a URL without its password."""
        return self.db.where

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file on this computer, or None for a server (PostgreSQL)."""
        return self.db.sqlite_path

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Attempts ---------------------------------------------------------------------------

    def record_attempt(
        self,
        attempt: NewAttempt,
        *,
        token: str | None = None,
        created_at: datetime | None = None,
    ) -> int:
        """Commit the attempt (with its dimension scores) and return its id.

        `token` makes the call idempotent (a second call with it returns the first id);
        `created_at` keeps the original time of an attempt replayed from `pending.py`.
        On `StoreError` nothing was written and the caller still owns the reply.
        """
        if (login := self.login_trainee) is not None:
            attempt = replace(attempt, trainee=login)
        return self.db.write(
            lambda conn: _attempts.insert_attempt(conn, attempt, token=token, created_at=created_at)
        )

    def best_scores(self, trainee: str) -> dict[str, float]:
        trainee = self._trainee(trainee)
        return self.db.read(lambda conn: _history.best_scores(conn, trainee))

    def attempts_page(
        self,
        filters: HistoryFilter | None = None,
        offset: int = 0,
        limit: int = 50,
        order: Order = Order.NEWEST,
    ) -> list[AttemptSummary]:
        """One page of the history view, with effective scores."""
        return self.db.read(
            lambda conn: _history.attempts_page(conn, self._filters(filters), offset, limit, order)
        )

    def count_attempts(self, filters: HistoryFilter | None = None) -> int:
        return self.db.read(lambda conn: _history.count_attempts(conn, self._filters(filters)))

    def attempt(self, attempt_id: int) -> StoredAttempt | None:
        """Everything stored about one attempt (reply, findings, reviews), or None."""
        found = self.db.read(lambda conn: _history.load_attempts(conn, [attempt_id]))
        return found[0] if found else None

    def trainees(self) -> list[str]:
        return self.db.read(list_trainees)

    def export_csv(self, out: TextIO, filters: HistoryFilter | None = None) -> int:
        return _history.write_csv(self.db, self._filters(filters), out)

    def export_json(self, out: TextIO, filters: HistoryFilter | None = None) -> int:
        return _history.write_json(self.db, self._filters(filters), out)

    # Reviews ----------------------------------------------------------------------------

    def add_review(
        self,
        attempt_id: int,
        reviewer: str,
        comment: str,
        overrides: Mapping[str, float] | None = None,
    ) -> int:
        """Add a review; see `coach.store.reviews` for how overrides decide the score."""
        return self.db.write(
            lambda conn: _reviews.add_review(conn, attempt_id, reviewer, comment, overrides)
        )

    def reviews(self, attempt_id: int) -> list[Review]:
        found = self.db.read(lambda conn: _reviews.reviews_of(conn, [attempt_id]))
        return found.get(attempt_id, [])

    def reviews_of(self, attempt_ids: Sequence[int]) -> dict[int, list[Review]]:
        """Reviews of many attempts in one query (a report of 1 000 attempts would
        otherwise wait on 1 000 round trips to a team server)."""
        ids = list(attempt_ids)
        return self.db.read(lambda conn: _reviews.reviews_of(conn, ids))

    def move_history(self, old: str, new: str) -> int:
        """Give `old`'s attempts and drafts to `new` (see `trainees.move_history`)."""
        return self.db.write(lambda conn: _trainees.move_history(conn, old, new))

    # Drafts -----------------------------------------------------------------------------

    def save_draft(self, trainee: str, scenario_id: str, turn: int, text: str) -> None:
        trainee = self._trainee(trainee)
        self.db.write(lambda conn: _drafts.save_draft(conn, trainee, scenario_id, turn, text))

    def load_draft(self, trainee: str, scenario_id: str, turn: int) -> str | None:
        trainee = self._trainee(trainee)
        return self.db.read(lambda conn: _drafts.load_draft(conn, trainee, scenario_id, turn))

    def clear_draft(self, trainee: str, scenario_id: str, turn: int) -> None:
        trainee = self._trainee(trainee)
        self.db.write(lambda conn: _drafts.clear_draft(conn, trainee, scenario_id, turn))

    # Rescoring --------------------------------------------------------------------------

    def rescore(
        self,
        content_paths: Sequence[Path],
        *,
        filters: HistoryFilter | None = None,
        force: bool = False,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> RescoreSummary:
        """Re-score stored replies against current content (see `coach.store.rescore`)."""
        return _rescore(
            self.db, content_paths, filters=filters, force=force, workers=workers, progress=progress
        )


def open_store(url: str | None = None, *, settings_url: str | None = None) -> SqlStore:
    """Open the history store the app is configured for (see `SqlStore`)."""
    return SqlStore(url, settings_url=settings_url)


if TYPE_CHECKING:  # mypy proves SqlStore satisfies the protocol the GUI is written against

    def _conforms(store: SqlStore) -> AttemptStore:
        return store
