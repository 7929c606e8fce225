"""The practice window on a shared PostgreSQL history with per-trainee logins (issue 13
item 8): the login is the trainee's name, and a login that may not upgrade the schema gets
a message, not a traceback, while drafts stay on this computer. Against the real server
(tools/with_postgres.sh); skipped without one, as the store's PostgreSQL tests are."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from coach.gui.dialogs import Dialogs
from coach.gui.settings import Prefs
from coach.gui.workers import wait_for_background
from coach.store import SqlStore

POSTGRES_ENV = "COACH_TEST_POSTGRES_URL"
SCENARIO = "api-params-vip-en"


@dataclass(frozen=True)
class Team:
    owner_url: str
    login: str
    trainee_url: str


def _admin_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"CI=true but {POSTGRES_ENV} is not set: run via tools/with_postgres.sh")
        pytest.skip(f"needs {POSTGRES_ENV} (tools/with_postgres.sh starts a server)")
    return url


@pytest.fixture
def team() -> Iterator[Team]:
    """A fresh database set up by its owner, with one trainee login in `coach_trainee`."""
    from coach.store.roles import setup_roles

    admin_url = make_url(_admin_url())
    login = f"anna_{uuid.uuid4().hex[:8]}"
    password = secrets.token_hex(12)
    name = f"coach_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'"))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        owner_url = admin_url.set(database=name).render_as_string(hide_password=False)
        with SqlStore(owner_url) as owner:
            setup_roles(owner.db, trainees=(login,))
        trainee_url = (
            make_url(owner_url)
            .set(username=login, password=password)
            .render_as_string(hide_password=False)
        )
        yield Team(owner_url, login, trainee_url)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    finally:
        admin.dispose()


def _window(qtbot, settings, bundled, store=None):
    from coach.gui.main_window import PracticeWindow

    window = PracticeWindow(settings, store=store)
    qtbot.addWidget(window)
    window.show()
    window.load_content(bundled)
    return window


def _open(qtbot, window, scenario_id=SCENARIO):
    assert window.library_panel.select(scenario_id)
    qtbot.waitUntil(lambda: window.session is not None and not window.loading_draft)


def test_the_login_is_the_trainees_name_whatever_settings_say(qtbot, settings, bundled, team):
    from coach.gui.settings_dialog import SettingsDialog

    settings.set(Prefs.trainee_name, "Boris")  # typed in Settings: another trainee's name
    store = SqlStore(team.trainee_url)
    try:
        window = _window(qtbot, settings, bundled)
        assert window.identity.text() == "Trainee: Boris"
        window.attach_store(store)
        assert window.trainee == team.login
        assert window.identity.text() == f"Trainee: {team.login} (database login)"
        window.open_settings()
        dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
        assert dialog.trainee.text() == team.login
        assert dialog.trainee.isReadOnly()
        assert dialog.login_hint.isVisible()
        assert team.login in dialog.login_hint.text()
        dialog._on_save()
        assert settings.get(Prefs.trainee_name) == "Boris"  # the login is not kept as a name
        _open(qtbot, window)
        window.editor.setPlainText(bundled.scenarios[SCENARIO].examples.good[0].text)
        window.submit()
        qtbot.waitUntil(lambda: not window.writer.submitting, timeout=15_000)
        assert window.statusBar().currentMessage().startswith("Attempt saved.")
        (stored,) = store.attempts_page(None, 0, 10)
        assert stored.trainee == team.login
    finally:
        window.close()
        # As the app shuts down: the window's store reads finish before their pool goes,
        # or a connection still checked out is left open for the garbage collector.
        wait_for_background(30_000)
        store.close()


def test_a_first_start_asks_no_name_once_the_login_is_known(qtbot, unnamed_settings, bundled, team):
    from coach.gui.name_dialog import NameDialog

    store = SqlStore(team.trainee_url)
    try:
        window = _window(qtbot, unnamed_settings, bundled)
        assert not window.ask_name_if_needed()  # the store is not open yet: asked
        assert window.name_dialog.isVisible()
        window.attach_store(store)
        assert not window.name_dialog.isVisible()  # nothing to ask: the login says who
        assert window.ask_name_if_needed()
        assert not any(d.isVisible() for d in window.findChildren(NameDialog))
    finally:
        window.close()
        # As the app shuts down: the window's store reads finish before their pool goes,
        # or a connection still checked out is left open for the garbage collector.
        wait_for_background(30_000)
        store.close()


def test_a_login_that_may_not_upgrade_is_told_and_drafts_stay_here(
    qtbot, settings, bundled, team, monkeypatch
):
    from alembic import command

    from coach.gui.store_setup import open_history_store, open_local_drafts, uses_a_server
    from coach.store.engine import Database
    from coach.store.errors import UpgradeNeededError
    from coach.store.migrations import alembic_config

    owner = Database(team.owner_url)
    owner.write(lambda conn: command.downgrade(alembic_config(conn), "0001"))
    owner.close()
    assert uses_a_server(team.trainee_url)
    assert not uses_a_server("")  # the file in the user's data folder
    with pytest.raises(UpgradeNeededError) as raised:  # as the app's start-up opens it
        open_history_store(team.trainee_url)
    window = _window(qtbot, settings, bundled)
    window.store_unavailable(raised.value)
    status = window.statusBar().currentMessage()
    assert status.startswith("History database unavailable: The history database ")
    assert "needs an upgrade" in status
    assert "coach db upgrade" in status
    assert "Traceback" not in status
    assert not Dialogs.shown  # an expected problem: said, no crash dialog
    local = open_local_drafts()
    try:
        window.attach_local_drafts(local)
        _open(qtbot, window)
        window.editor.setPlainText("Hi Daniel, half a thought")
        qtbot.waitUntil(
            lambda: local.load_draft("trainee", SCENARIO, 0) == "Hi Daniel, half a thought",
            timeout=5000,
        )
        # Reopened: the draft comes back from this computer.
        _open(qtbot, window, "mass-outage-en")
        _open(qtbot, window)
        assert window.editor.toPlainText() == "Hi Daniel, half a thought"
        # A submit is kept on disk, and says why it is not in the database.
        window.submit()
        qtbot.waitUntil(lambda: not window.writer.submitting, timeout=15_000)
        assert "needs an upgrade" in window.statusBar().currentMessage()
        assert "kept on this computer" in window.statusBar().currentMessage()
    finally:
        window.close()
        wait_for_background(30_000)
        local.close()


def test_the_upgrade_message_is_russian_in_the_russian_interface(
    qtbot, qapp, settings, bundled, team
):
    from alembic import command
    from PySide6.QtCore import QLocale

    from coach.gui.app import install_translations
    from coach.store.engine import Database
    from coach.store.errors import UpgradeNeededError
    from coach.store.migrations import alembic_config

    owner = Database(team.owner_url)
    owner.write(lambda conn: command.downgrade(alembic_config(conn), "0001"))
    owner.close()
    with pytest.raises(UpgradeNeededError) as raised:
        SqlStore(team.trainee_url)
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    installed = install_translations(qapp, "ru_RU")
    try:
        window = _window(qtbot, settings, bundled)
        window.store_unavailable(raised.value)
        status = window.statusBar().currentMessage()
        assert status.startswith("База истории недоступна: Базу истории ")
        assert "нужно обновить" in status
        assert "coach db upgrade" in status
        window.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
