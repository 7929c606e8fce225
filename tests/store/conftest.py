"""Store fixtures: every `db_url` test runs on SQLite and on PostgreSQL.

PostgreSQL comes from `COACH_TEST_POSTGRES_URL` (set by tools/with_postgres.sh, which
`make test` wraps around pytest); each test gets a fresh database on that server.
Without it the PostgreSQL cases skip, saying why, except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coach.scoring import score_reply
from coach.store import NewAttempt, SqlStore

POSTGRES_ENV = "COACH_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Never read or write the real user data directory or database setting."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.delenv("COACH_DATABASE_URL", raising=False)


def postgres_admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(
            f"CI=true but {POSTGRES_ENV} is not set: run the tests through "
            "tools/with_postgres.sh (as `make test` does) so PostgreSQL is tested too"
        )
    pytest.skip(
        f"PostgreSQL tests need {POSTGRES_ENV} (`make test` starts a throwaway server via "
        "tools/with_postgres.sh when PostgreSQL is installed)"
    )


def fresh_postgres_database() -> Iterator[str]:
    admin_url = make_url(postgres_admin_url())
    name = f"coach_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield admin_url.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """A URL of an empty database, SQLite file or PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+pysqlite:///{tmp_path / 'coach.sqlite3'}"
    else:
        yield from fresh_postgres_database()


@pytest.fixture
def sqlite_file(tmp_path) -> Path:
    return tmp_path / "coach.sqlite3"


@pytest.fixture
def sqlite_url(sqlite_file) -> str:
    return f"sqlite+pysqlite:///{sqlite_file}"


@pytest.fixture
def store(db_url) -> Iterator[SqlStore]:
    with SqlStore(db_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def report(rubric_en, api_en):
    """A real ScoreReport with findings, from the test scenario."""
    return score_reply(
        "Hi Daniel, I understand how frustrating this is. Set page_size to 200 and I will "
        "check your next request today. Best regards, Anna",
        rubric_en,
        api_en,
    )


@pytest.fixture(scope="session")
def make_attempt(report, rubric_en, api_en):
    def make(
        trainee: str = "Anna",
        scenario_id: str | None = None,
        text: str = "Hi Daniel, set page_size to 200.",
        turn: int = 1,
        the_report=None,
        **extra,
    ) -> NewAttempt:
        return NewAttempt(
            trainee=trainee,
            scenario_id=scenario_id or api_en.id,
            scenario_hash=api_en.content_hash,
            rubric_id=rubric_en.id,
            rubric_hash=rubric_en.content_hash,
            turn=turn,
            reply_text=text,
            report=the_report or report,
            **extra,
        )

    return make
