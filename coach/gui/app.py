"""Start-up: logging, the Qt application, translations, the window, then the content.

The window is shown first and the scenario library loads on a worker thread, so the
window appears in well under a second on a cold start.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TextIO

from platformdirs import user_log_dir
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from coach.content.library import Library
from coach.gui.collector import UiThreadCollector
from coach.gui.dialogs import Dialogs
from coach.gui.settings import Prefs, Settings
from coach.gui.workers import run_in_background, wait_for_background
from coach.paths import split_folder_list
from coach.store.api import AttemptStore
from coach.store.pending import FlushResult

LOG_DIR = Path(user_log_dir("ReplyCoach", appauthor=False))
LOG_FILE = LOG_DIR / "coach.log"
TRANSLATIONS = Path(__file__).parent / "translations"

log = logging.getLogger("coach")

# Open for the life of the process: faulthandler writes to its file descriptor from a
# signal handler, when nothing else of Python can run.
_fault_log: TextIO | None = None


def setup_logging(log_file: Path | None = None) -> None:
    """Log to the user's log file, and make a native crash (a segfault or an abort in Qt
    or shiboken) leave every thread's Python traceback there too."""
    global _fault_log  # noqa: PLW0603 (one per process, as faulthandler itself is)
    path = log_file or LOG_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=path,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if _fault_log is None:
        _fault_log = path.open("a", encoding="utf-8")  # kept open on purpose
        faulthandler.enable(file=_fault_log, all_threads=True)


def use_locale(language: str) -> QLocale:
    """Make the chosen (or the system's) locale the default, so numbers and dates are
    written as the interface language writes them ("58,6", "01.12.2025")."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    return locale


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Our Russian interface plus Qt's own strings, for the chosen or system language."""
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    for name, folder in (
        ("coach", str(TRANSLATIONS)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Bugs are logged and shown with the log's path, never swallowed."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log.error("unhandled exception\n%s", text)
    Dialogs.crash(None, text, str(LOG_FILE))


def load_content(folders: Sequence[Path] = ()) -> Library:
    """The content search path: bundled, then COACH_CONTENT_PATH, then `folders` (the
    Settings entry). Problems in any of it go to the library's problems list."""
    from coach.paths import content_search_path  # noqa: PLC0415
    from coach.scoring import load_library  # noqa: PLC0415

    return load_library(content_search_path(folders))


def _no_local_drafts(exc: BaseException) -> None:
    log.warning("no drafts on this computer either: %s", exc)


def run_app(argv: list[str] | None = None) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Reply Coach")
    app.setOrganizationName("ReplyCoach")
    settings = Settings()
    use_locale(settings.get(Prefs.interface_language))
    install_translations(app, settings.get(Prefs.interface_language))
    sys.excepthook = _excepthook
    collector = UiThreadCollector(app)

    from coach.gui.main_window import PracticeWindow  # noqa: PLC0415
    from coach.gui.store_setup import (  # noqa: PLC0415
        open_history_store,
        open_local_drafts,
        uses_a_server,
    )
    from coach.text.spelling import configured_checker  # noqa: PLC0415

    checker = configured_checker(settings.get(Prefs.languagetool_url) or None)
    window = PracticeWindow(settings, store=None, checker=checker)
    window.show()
    app.processEvents()
    window.ask_name_if_needed()  # first start: before an attempt is stored without one
    database = settings.get(Prefs.database_url)

    def content_loaded(library: Library) -> None:
        window.load_content(library)
        run_in_background(
            lambda: open_history_store(database), store_opened, store_failed, owner=window
        )

    def store_opened(result: tuple[AttemptStore, FlushResult]) -> None:
        window.attach_store(result[0], replay=result[1])

    def store_failed(exc: BaseException) -> None:
        window.store_unavailable(exc)
        if uses_a_server(database):  # drafts on this computer until the server can be used
            run_in_background(
                open_local_drafts, window.attach_local_drafts, _no_local_drafts, owner=window
            )

    folders = split_folder_list(settings.get(Prefs.content_folders))
    run_in_background(
        lambda: load_content(folders), content_loaded, window._on_background_error, owner=window
    )
    code = int(app.exec())
    # Orderly shutdown: every window is closed (the practice window closes the others),
    # the workers finish and their threads exit, then the database closes.
    app.closeAllWindows()
    if not wait_for_background(10_000):
        log.warning("background work still running at exit")
    collector.stop()
    for store in (window.store, window.local_drafts):
        if store is not None and hasattr(store, "close"):
            store.close()
    log.info("Reply Coach closed")
    return code
