"""PostgreSQL roles and row-level security (`coach.store.roles`), on the real server.

Each test gets a fresh database and its own login roles (roles are server-wide, so their
names carry a random suffix and are dropped after the database).
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coach.cli import main
from coach.errors import UsageError
from coach.store import HistoryFilter, SqlStore
from coach.store.errors import PermissionDeniedError, StoreError
from coach.store.roles import setup_roles

from .conftest import fresh_postgres_database, postgres_admin_url


@dataclass(frozen=True)
class Team:
    owner_url: str
    trainee_urls: dict[str, str]  # login -> URL logged in as it
    trainer_url: str
    trainer: str


def _login_url(owner_url: str, login: str, password: str) -> str:
    return make_url(owner_url).set(username=login, password=password).render_as_string(False)


@pytest.fixture
def team() -> Iterator[Team]:
    suffix = uuid.uuid4().hex[:8]
    logins = [f"anna_{suffix}", f"boris_{suffix}", f"trainer_{suffix}"]
    password = secrets.token_hex(12)
    admin = create_engine(postgres_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            for login in logins:
                conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'"))
        databases = fresh_postgres_database()
        owner_url = next(databases)
        with SqlStore(owner_url) as owner:  # the owner creates the schema, then the roles
            setup_roles(owner.db, trainees=tuple(logins[:2]), trainers=(logins[2],))
        yield Team(
            owner_url,
            {login: _login_url(owner_url, login, password) for login in logins[:2]},
            _login_url(owner_url, logins[2], password),
            logins[2],
        )
        next(databases, None)  # drops the database, so the roles own nothing in it
        with admin.connect() as conn:
            for login in logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    finally:
        admin.dispose()


def _trainees(team: Team) -> tuple[str, str]:
    anna, boris = team.trainee_urls
    return anna, boris


def test_a_trainee_login_records_under_its_login_and_reads_only_its_own(team, make_attempt):
    anna, boris = _trainees(team)
    with SqlStore(team.trainee_urls[boris]) as store:
        boris_id = store.record_attempt(make_attempt(trainee="Boris", text="Boris's reply"))
        store.save_draft("Boris", "api", 1, "Boris's draft")
    with SqlStore(team.trainee_urls[anna]) as store:
        assert store.login_trainee == anna
        # Typing Boris's login as the Settings name changes nothing: the login decides.
        anna_id = store.record_attempt(make_attempt(trainee=boris, text="Anna's reply"))
        assert [s.id for s in store.attempts_page()] == [anna_id]
        assert store.attempts_page()[0].trainee == anna
        assert store.attempt(boris_id) is None
        assert store.count_attempts() == 1
        # My progress asks under the Settings name; it is the login's own history.
        assert [s.id for s in store.attempts_page(HistoryFilter(trainee="Boris"))] == [anna_id]
        assert store.trainees() == [anna]
        assert store.load_draft(boris, "api", 1) is None
        assert store.best_scores(boris) == store.best_scores(anna) != {}
        # Even raw SQL through the same login sees no other row: the server enforces it.
        seen = store.db.read(
            lambda c: c.execute(text("SELECT count(*) FROM attempt_details")).scalar()
        )
        assert seen == 1


def test_a_trainee_login_cannot_write_a_review_or_read_the_passphrase(team, make_attempt):
    anna, boris = _trainees(team)
    with SqlStore(team.trainee_urls[boris]) as store:
        store.record_attempt(make_attempt())
    with SqlStore(team.trainee_urls[anna]) as store:
        attempt_id = store.record_attempt(make_attempt())
        with pytest.raises(PermissionDeniedError, match="trainer's login") as caught:
            store.add_review(attempt_id, "Anna", "I rate myself 100", {"overall": 100})
        assert "учётная запись тренера" in caught.value.in_language("ru")
        assert store.reviews(attempt_id) == []
        with pytest.raises(PermissionDeniedError):
            store.db.read(lambda c: c.execute(text("SELECT * FROM settings")).all())
        # Nor may it take another trainee's history: it cannot even see it.
        assert store.move_history(boris, anna) == 0
    with SqlStore(team.owner_url) as store:
        assert sorted(s.trainee for s in store.attempts_page()) == sorted([anna, boris])


def test_the_trainer_login_reads_everyone_and_writes_a_review(team, make_attempt):
    anna, boris = _trainees(team)
    ids = {}
    for login in (anna, boris):
        with SqlStore(team.trainee_urls[login]) as store:
            ids[login] = store.record_attempt(make_attempt())
    with SqlStore(team.trainer_url) as store:
        assert store.login_trainee is None
        assert sorted(store.trainees()) == sorted([anna, boris])
        assert store.count_attempts() == 2
        review_id = store.add_review(ids[anna], "Trainer", "Warmer opening", {"tone": 90})
        assert [r.id for r in store.reviews(ids[anna])] == [review_id]
        with pytest.raises(PermissionDeniedError):  # trainers review; they do not rewrite
            store.db.write(lambda c: c.execute(text("UPDATE attempts SET overall = 100")))
    with SqlStore(team.trainee_urls[anna]) as store:  # the trainee reads their feedback
        stored = store.attempt(ids[anna])
        assert stored is not None
        assert [r.comment for r in stored.reviews] == ["Warmer opening"]


def test_setup_is_idempotent(team, make_attempt):
    anna, boris = _trainees(team)
    with SqlStore(team.trainee_urls[anna]) as store:
        store.record_attempt(make_attempt())
    for _ in range(2):
        code = main(["db", "setup-roles", "--database", team.owner_url, "--trainee", anna])
        assert code == 0
    with SqlStore(team.trainee_urls[boris]) as store:
        assert store.count_attempts() == 0
        store.record_attempt(make_attempt())
        assert store.count_attempts() == 1
    with SqlStore(team.owner_url) as store:
        policies = store.db.read(
            lambda c: c.execute(text("SELECT count(*) FROM pg_policies")).scalar()
        )
    assert policies == 14  # 7 tables x (trainee's own, trainer's all), not duplicated


def test_history_json_with_a_trainee_login_returns_only_its_rows(team, make_attempt, capsys):
    anna, boris = _trainees(team)
    for login in (anna, boris):
        with SqlStore(team.trainee_urls[login]) as store:
            store.record_attempt(make_attempt(text=f"reply of {login}"))
    capsys.readouterr()
    assert main(["history", "--json", "--database", team.trainee_urls[anna]]) == 0
    lines = json.loads(capsys.readouterr().out)
    assert [(r["trainee"], r["reply_text"]) for r in lines] == [(anna, f"reply of {anna}")]


def test_a_trainee_login_naming_another_trainee_exports_only_its_own(team, make_attempt, capsys):
    anna, boris = _trainees(team)
    with SqlStore(team.trainee_urls[anna]) as store:
        store.record_attempt(make_attempt())
    with SqlStore(team.trainee_urls[boris]) as store:
        store.record_attempt(make_attempt(text="Boris's reply"))
    capsys.readouterr()
    code = main(["history", "--csv", "--trainee", boris, "--database", team.trainee_urls[anna]])
    assert code == 0
    out = capsys.readouterr()
    assert "Boris's reply" not in out.out
    assert out.out.count(anna) == 1  # her own row, under her login
    assert "Traceback" not in out.err


def test_naming_a_login_that_does_not_exist_is_a_message(team, capsys):
    code = main(["db", "setup-roles", "--database", team.owner_url, "--trainee", "nobody_x"])
    assert code == 1
    err = capsys.readouterr().err
    assert "no database login 'nobody_x'" in err
    assert "Traceback" not in err


def test_roles_need_postgresql(sqlite_url):
    with SqlStore(sqlite_url) as store, pytest.raises(UsageError, match="PostgreSQL"):
        setup_roles(store.db)


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_postgres_database()


def test_another_applications_postgresql_database_is_refused_untouched(pg_url):
    admin = create_engine(pg_url)
    try:
        with admin.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id integer primary key)"))
            conn.execute(text("CREATE TABLE customers (id integer primary key)"))
        with pytest.raises(StoreError, match=r"belongs to another application.*customers"):
            SqlStore(pg_url)
        with admin.connect() as conn:
            tables = conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            assert sorted(tables) == ["customers", "invoices"]
    finally:
        admin.dispose()


def test_another_alembic_applications_database_is_not_called_a_newer_coach(pg_url):
    admin = create_engine(pg_url)
    try:
        with admin.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32))"))
            conn.execute(text("INSERT INTO alembic_version VALUES ('ae1027a6acf')"))
            conn.execute(text("CREATE TABLE orders (id integer primary key)"))
        with pytest.raises(StoreError, match="belongs to another application"):
            SqlStore(pg_url)
    finally:
        admin.dispose()


def _downgrade_to_the_first_schema(owner_url: str) -> None:
    """As if the database had been made by an older Reply Coach (before `rescores`)."""
    from alembic import command

    from coach.store.engine import Database
    from coach.store.migrations import alembic_config

    db = Database(owner_url)
    try:
        db.write(lambda conn: command.downgrade(alembic_config(conn), "0001"))
    finally:
        db.close()


def _revision(url: str) -> str | None:
    from coach.store.engine import Database
    from coach.store.migrations import current_revision

    db = Database(url)
    try:
        return db.read(current_revision)
    finally:
        db.close()


def test_a_trainee_login_on_an_older_schema_is_told_to_ask_for_an_upgrade(team, make_attempt):
    from coach.store.errors import UpgradeNeededError
    from coach.store.migrations import head_revision

    anna, _boris = _trainees(team)
    _downgrade_to_the_first_schema(team.owner_url)
    with pytest.raises(UpgradeNeededError) as raised:
        SqlStore(team.trainee_urls[anna])
    message = str(raised.value)
    assert "needs an upgrade" in message
    assert "coach db upgrade --database URL" in message
    assert "owner" in message
    assert "password" not in message.lower()
    russian = raised.value.in_language("ru")
    assert "нужно обновить" in russian
    assert "coach db upgrade" in russian
    assert _revision(team.owner_url) == "0001"  # left as it was, nothing half done
    with pytest.raises(UpgradeNeededError):
        SqlStore(team.trainer_url)  # a trainer's login does not own the tables either
    assert head_revision() != "0001"


def test_coach_db_upgrade_as_the_owner_upgrades_and_renews_the_grants(team, make_attempt, capsys):
    from coach.store.migrations import head_revision

    anna, _boris = _trainees(team)
    _downgrade_to_the_first_schema(team.owner_url)
    assert main(["db", "upgrade", "--database", team.owner_url]) == 0
    out = capsys.readouterr().out
    assert "grants for coach_trainee and coach_trainer renewed" in out
    assert f"up to date (schema {head_revision()})" in out
    with SqlStore(team.trainee_urls[anna]) as store:  # the table the upgrade added
        attempt_id = store.record_attempt(make_attempt(trainee=anna))
        assert (
            store.db.read(
                lambda conn: conn.execute(text("SELECT count(*) FROM rescores")).scalar_one()
            )
            == 0
        )
        assert store.attempt(attempt_id) is not None


def test_coach_db_upgrade_refuses_a_trainee_login_with_the_message(team, capsys):
    anna, _boris = _trainees(team)
    _downgrade_to_the_first_schema(team.owner_url)
    assert main(["db", "upgrade", "--database", team.trainee_urls[anna]]) != 0
    err = capsys.readouterr().err
    assert "needs an upgrade" in err
    assert "Traceback" not in err
