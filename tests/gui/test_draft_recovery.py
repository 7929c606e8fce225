"""Nothing typed is lost: kill the app mid-typing, start it again, the draft is back."""

import os
import signal
import subprocess
import sys
import textwrap

from coach.store import SqlStore

CHILD = textwrap.dedent(
    """
    import sys, tempfile
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from coach.gui.app import load_content
    from coach.gui.main_window import PracticeWindow
    from coach.gui.settings import Settings
    from coach.store import SqlStore

    app = QApplication(sys.argv)
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = PracticeWindow(settings, store=SqlStore(sys.argv[1]))
    window.show()
    window.load_content(load_content())
    window.library_panel.select("api-params-vip-en")
    window.editor.setFocus()
    window.editor.insertPlainText("Hi Daniel, I understand how frustrating")

    def report() -> None:
        if not window.writer.idle:  # the autosave runs on a worker thread
            QTimer.singleShot(50, report)
            return
        print("TYPED", flush=True)

    # After the autosave debounce and its write, say so; then keep running until killed.
    QTimer.singleShot(2500, report)
    app.exec()
    """
)


def test_draft_survives_a_kill(qtbot, tmp_path, bundled):
    url = f"sqlite:///{tmp_path / 'h.sqlite3'}"
    ini = str(tmp_path / "settings.ini")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COACH_DATA_DIR": str(tmp_path / "d")}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, ini], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "TYPED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    from PySide6.QtCore import QSettings

    from coach.gui.main_window import PracticeWindow
    from coach.gui.settings import Settings

    store = SqlStore(url)
    try:
        window = PracticeWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), store=store)
        qtbot.addWidget(window)
        window.load_content(bundled)
        window.library_panel.select("api-params-vip-en")
        # Read off the UI thread: the editor waits (read-only) until the draft is in.
        qtbot.waitUntil(lambda: not window.loading_draft)
        assert window.editor.toPlainText() == "Hi Daniel, I understand how frustrating"
    finally:
        store.close()
