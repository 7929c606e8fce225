"""GUI test fixtures: non-blocking dialogs, throwaway settings, an in-memory store."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings

from coach.gui.dialogs import Dialogs
from coach.gui.settings import Prefs, Settings
from coach.store.api import NewAttempt


@dataclass
class MemoryStore:
    """Test double of the AttemptStore protocol (the SQL store has its own tests)."""

    attempts: list[NewAttempt] = field(default_factory=list)
    drafts: dict[tuple[str, str, int], str] = field(default_factory=dict)

    def record_attempt(
        self, attempt: NewAttempt, *, token: str | None = None, created_at=None
    ) -> int:
        self.attempts.append(attempt)
        return len(self.attempts)

    def best_scores(self, trainee: str) -> dict[str, float]:
        best: dict[str, float] = {}
        for a in self.attempts:
            if a.trainee == trainee:
                best[a.scenario_id] = max(best.get(a.scenario_id, 0.0), a.report.overall)
        return best

    def save_draft(self, trainee: str, scenario_id: str, turn: int, text: str) -> None:
        self.drafts[(trainee, scenario_id, turn)] = text

    def load_draft(self, trainee: str, scenario_id: str, turn: int) -> str | None:
        return self.drafts.get((trainee, scenario_id, turn))

    def clear_draft(self, trainee: str, scenario_id: str, turn: int) -> None:
        self.drafts.pop((trainee, scenario_id, turn), None)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Parked attempts and the default database go to the test's folder, never the user's."""
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.delenv("COACH_DATABASE_URL", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp):
    """As the app does: no garbage collection in worker threads (see coach.gui.collector)."""
    from coach.gui.collector import UiThreadCollector

    collector = UiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _non_blocking_dialogs():
    Dialogs.non_blocking = True
    Dialogs.shown.clear()
    Dialogs.answers.clear()
    yield
    Dialogs.shown.clear()
    Dialogs.answers.clear()


@pytest.fixture(autouse=True)
def _finish_background_work(qapp):
    """A test's background tasks finish within the test, not during the next one."""
    from coach.gui.workers import wait_for_background

    yield
    wait_for_background(30_000)
    qapp.processEvents()


@pytest.fixture
def settings(tmp_path):
    """A trainee who gave their name at the first start (the identity tests start unnamed)."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(Prefs.trainee_name, "trainee")
    return settings


@pytest.fixture
def unnamed_settings(tmp_path):
    """A first start: nobody has given a name yet."""
    return Settings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def store():
    return MemoryStore()


@pytest.fixture(scope="session")
def bundled():
    from coach.gui.app import load_content

    return load_content()


@pytest.fixture(scope="session")
def record_example(bundled):
    """Store one scored attempt of a bundled trainer example: `record(store, trainee,
    scenario_id, kind)`, kind "good" or "bad" (the scenario's first of that kind)."""
    from coach.scoring import score_reply

    def record(store, trainee: str, scenario_id: str, kind: str = "good") -> int:
        scenario = bundled.scenarios[scenario_id]
        rubric = bundled.rubrics[scenario.rubric]
        text = (scenario.examples.bad if kind == "bad" else scenario.examples.good)[0].text
        report = score_reply(text, rubric, scenario)
        return store.record_attempt(
            NewAttempt(
                trainee,
                scenario.id,
                scenario.content_hash,
                rubric.id,
                rubric.content_hash,
                0,
                text,
                report,
            )
        )

    return record


@pytest.fixture
def window(qtbot, settings, store, bundled):
    from coach.gui.main_window import PracticeWindow

    win = PracticeWindow(settings, store=store)
    qtbot.addWidget(win)
    win.show()
    win.load_content(bundled)
    return win


class Reviewing:
    """Opens and saves reviews as a trainer does; both read or write the store off the UI
    thread, so each waits for its answer."""

    def __init__(self, qtbot):
        self._qtbot = qtbot

    def open(self, history):
        """Review the selected attempt: the dialog, once the attempt has been read."""
        before = getattr(history, "last_review_dialog", None)
        history.review_selected()
        self._qtbot.waitUntil(
            lambda: getattr(history, "last_review_dialog", None) is not before, timeout=10_000
        )
        return history.last_review_dialog

    def save(self, dialog):
        """Press Save and wait until the review is stored (or refused)."""
        dialog.save()
        self._qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


@pytest.fixture
def reviewing(qtbot):
    return Reviewing(qtbot)
