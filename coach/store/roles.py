"""Database roles on a shared PostgreSQL history: who may read and write what.

On a team server, protection comes from PostgreSQL itself, not from the app (a trainee
can run any SQL client with their own login). Two group roles, created by
`setup_roles` (the `coach db setup-roles` command, run once by the database owner):

- `coach_trainee`: insert attempts, keep drafts, and read only their own rows — their
  attempts with details, scores, reviews and rescores. Nothing of `settings` (the trainer
  passphrase record and its audit), no reviews written, no attempt changed.
- `coach_trainer`: read everything, write reviews and rescores, and keep `settings` (the
  passphrase record, its audit and failure count).

A trainee is identified by their database login: the trainee row whose name equals
`current_user`. Row-level security policies enforce it in the server; the app also uses
the login as the trainee name (`SqlStore.login_trainee`), so a name typed in Settings
cannot pick another trainee's history. Trainee login names are therefore what trainers see
as trainee names; create them readable (`anna_petrova`, or quoted `"Anna Petrova"`).

The database owner (the account that created the schema) is neither: it bypasses the
policies, as table owners do, and keeps every right; use it for administration only.
Group roles belong to the whole server, so every Reply Coach database on one server
shares them (revoke CONNECT on the others from a team's trainees if that matters).

Everything here is idempotent: roles are created only when missing, grants repeat
harmlessly, and the policies are dropped and created again in the same transaction, so
running the setup after an upgrade brings them up to date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import Connection, text

from coach.errors import UsageError
from coach.store.engine import Database
from coach.store.errors import StoreError

TRAINEE_ROLE: Final = "coach_trainee"
TRAINER_ROLE: Final = "coach_trainer"

# The trainee's own trainee row(s), attempts and so on. Each sub-select is itself under
# the policies of the table it reads, so "attempts" in a trainee's query is already only
# their own; the chain starts at the login.
_OWN_TRAINEE: Final = "(SELECT t.id FROM trainees t WHERE t.name = current_user::text)"
_OWN_ATTEMPT: Final = "(SELECT a.id FROM attempts a)"

_TRAINEE_POLICIES: Final = {
    # table: (USING / WITH CHECK condition, the privileges granted to coach_trainee)
    "trainees": ("name = current_user::text", "SELECT, INSERT"),
    "attempts": (f"trainee_id IN {_OWN_TRAINEE}", "SELECT, INSERT"),
    "attempt_details": (f"attempt_id IN {_OWN_ATTEMPT}", "SELECT, INSERT"),
    "attempt_scores": (f"attempt_id IN {_OWN_ATTEMPT}", "SELECT, INSERT"),
    "drafts": (f"trainee_id IN {_OWN_TRAINEE}", "SELECT, INSERT, UPDATE, DELETE"),
    # Trainees read the reviews and rescores of their own attempts (their feedback).
    "reviews": (f"attempt_id IN {_OWN_ATTEMPT}", "SELECT"),
    "rescores": (f"attempt_id IN {_OWN_ATTEMPT}", "SELECT"),
}
_TRAINER_WRITES: Final = {
    "reviews": "INSERT",
    "rescores": "INSERT",
    "settings": "INSERT, UPDATE, DELETE",
}
_POLICY_PREFIX: Final = "coach_"


@dataclass(frozen=True)
class LoginRoles:
    """What the connected login is, as far as Reply Coach's roles go."""

    login: str
    is_trainee: bool
    is_trainer: bool


def setup_roles(
    db: Database, *, trainees: tuple[str, ...] = (), trainers: tuple[str, ...] = ()
) -> None:
    """Create the group roles, grants and row-level security policies (idempotent), and
    make the named existing logins members of `coach_trainee` / `coach_trainer`.

    Must be run by the owner of the tables (the account the app first opened the
    database with) holding CREATEROLE, or by a superuser. One transaction: on any error
    nothing is changed.
    """
    if db.is_sqlite:
        raise UsageError(
            "database roles exist only on a PostgreSQL server; a SQLite file is protected "
            "by the operating system's file permissions (see the README)"
        )

    def work(conn: Connection) -> None:
        for role in (TRAINEE_ROLE, TRAINER_ROLE):
            _create_group(conn, role)
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        for role in (TRAINEE_ROLE, TRAINER_ROLE):
            conn.execute(text(f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {role}"))
            # Both read the schema version: opening a store checks it.
            conn.execute(text(f"GRANT SELECT ON alembic_version TO {role}"))
            conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {_ident(schema)} TO {role}"))
        conn.execute(
            text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {_ident(schema)} TO {TRAINER_ROLE}")
        )
        for table, privileges in _TRAINER_WRITES.items():
            conn.execute(text(f"GRANT {privileges} ON {table} TO {TRAINER_ROLE}"))
        for table, (condition, privileges) in _TRAINEE_POLICIES.items():
            conn.execute(text(f"GRANT {privileges} ON {table} TO {TRAINEE_ROLE}"))
            conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
            for name, role, command, rule in (
                (
                    f"{_POLICY_PREFIX}trainee_own",
                    TRAINEE_ROLE,
                    "ALL",
                    f"USING ({condition}) WITH CHECK ({condition})",
                ),
                (
                    f"{_POLICY_PREFIX}trainer_all",
                    TRAINER_ROLE,
                    "ALL",
                    "USING (true) WITH CHECK (true)",
                ),
            ):
                conn.execute(text(f"DROP POLICY IF EXISTS {name} ON {table}"))
                conn.execute(
                    text(f"CREATE POLICY {name} ON {table} FOR {command} TO {role} {rule}")
                )
        for login in trainees:
            conn.execute(text(f"GRANT {TRAINEE_ROLE} TO {_existing_login(conn, login)}"))
        for login in trainers:
            conn.execute(text(f"GRANT {TRAINER_ROLE} TO {_existing_login(conn, login)}"))

    db.write(work)


def login_roles(conn: Connection) -> LoginRoles:
    """The connected login and whether it is a trainee or a trainer (PostgreSQL only)."""
    row = conn.execute(
        text(
            "SELECT current_user::text AS login, "
            "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :trainee) "
            "  AND pg_has_role(current_user, :trainee, 'MEMBER') AS is_trainee, "
            "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :trainer) "
            "  AND pg_has_role(current_user, :trainer, 'MEMBER') AS is_trainer"
        ),
        {"trainee": TRAINEE_ROLE, "trainer": TRAINER_ROLE},
    ).one()
    return LoginRoles(row.login, bool(row.is_trainee), bool(row.is_trainer))


def roles_exist(conn: Connection) -> bool:
    """Whether `setup_roles` has run on this server (both group roles exist)."""
    found = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname IN (:trainee, :trainer)"),
        {"trainee": TRAINEE_ROLE, "trainer": TRAINER_ROLE},
    ).scalar_one()
    return int(found) == 2


def _create_group(conn: Connection, role: str) -> None:
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).scalar_one_or_none()
    if exists is None:
        conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))


def _existing_login(conn: Connection, login: str) -> str:
    """The login quoted for SQL; it must exist (created with a password by the admin)."""
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).scalar_one_or_none()
    if exists is None:
        raise StoreError(
            f"There is no database login '{login}'. Create it first, e.g. "
            f"`createuser --pwprompt {login}`, then run the setup again."
        )
    return _ident(login)


def _ident(name: str) -> str:
    """A role or schema name as a quoted SQL identifier (any name, safely)."""
    return '"' + name.replace('"', '""') + '"'
