"""Quit closes every window, the workers stop and the process exits; a native crash leaves
its traceback in the log file."""

import os
import subprocess
import sys
import textwrap

import pytest

from coach.gui.actions import ActionId
from coach.store import SqlStore


@pytest.fixture
def sql_store(tmp_path):
    store = SqlStore(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    yield store
    store.close()


def _with_trainer_window(qtbot, window, sql_store):
    window.attach_store(sql_store)
    window.trainer_access.show_window()
    trainer = window.trainer_window
    qtbot.addWidget(trainer)
    window.open_progress()
    qtbot.waitUntil(trainer.isVisible)
    return trainer


def test_quit_in_the_practice_window_closes_the_trainer_window_too(qtbot, window, sql_store):
    trainer = _with_trainer_window(qtbot, window, sql_store)
    window.actions_by_id[ActionId.QUIT].trigger()
    assert not window.isVisible()
    assert not trainer.isVisible()
    assert not window.progress_dialog.isVisible()


def test_quit_in_the_trainer_window_quits_the_app(qtbot, window, sql_store):
    trainer = _with_trainer_window(qtbot, window, sql_store)
    # The platform's Quit key (Ctrl+Q on Linux and Windows), the same as the practice window's.
    assert trainer.quit_action.shortcut() == window.actions_by_id[ActionId.QUIT].shortcut()
    trainer.quit_action.trigger()
    assert not trainer.isVisible()
    assert not window.isVisible()


def _env(tmp_path):
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        COACH_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("COACH_DATABASE_URL", None)
    return env


def test_the_process_exits_after_quit_with_the_trainer_window_open(tmp_path):
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from coach.gui.actions import ActionId
        from coach.gui.app import run_app
        from coach.gui.main_window import PracticeWindow

        def drive():
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, PracticeWindow)]
            if not windows or windows[0].store is None:
                QTimer.singleShot(100, drive)
                return
            window = windows[0]
            window.trainer_access.show_window()
            QTimer.singleShot(300, window.actions_by_id[ActionId.QUIT].trigger)

        app = QApplication(["coach"])
        QTimer.singleShot(100, drive)
        print("exit code", run_app(["coach"]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "exit code 0" in result.stdout
    log = (tmp_path / "state" / "ReplyCoach" / "log" / "coach.log").read_text()
    assert "Reply Coach closed" in log
    assert "Fatal Python error" not in log + result.stderr


def test_a_native_crash_leaves_its_traceback_in_the_log(tmp_path):
    log_file = tmp_path / "coach.log"
    script = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from coach.gui.app import setup_logging

        setup_logging(Path({str(log_file)!r}))
        faulthandler._sigsegv()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(tmp_path),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    text = log_file.read_text()
    assert "Fatal Python error: Segmentation fault" in text
    assert "<string>" in text  # where it happened, as a Python traceback
