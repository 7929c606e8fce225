"""Start-up: logging, the Qt application, translations, the window, then the content.

The window is shown first and the scenario library loads on a worker thread, so the
window appears in well under a second on a cold start.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

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


def setup_logging() -> None:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=LOG_FILE,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


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


def run_app(argv: list[str] | None = None) -> int:
    setup_logging()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Reply Coach")
    app.setOrganizationName("ReplyCoach")
    settings = Settings()
    install_translations(app, settings.get(Prefs.interface_language))
    sys.excepthook = _excepthook
    collector = UiThreadCollector(app)

    from coach.gui.main_window import PracticeWindow  # noqa: PLC0415
    from coach.gui.store_setup import open_history_store  # noqa: PLC0415
    from coach.text.spelling import configured_checker  # noqa: PLC0415

    checker = configured_checker(settings.get(Prefs.languagetool_url) or None)
    window = PracticeWindow(settings, store=None, checker=checker)
    window.show()
    app.processEvents()
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

    folders = split_folder_list(settings.get(Prefs.content_folders))
    run_in_background(
        lambda: load_content(folders), content_loaded, window._on_background_error, owner=window
    )
    code = int(app.exec())
    wait_for_background(10_000)
    collector.stop()
    if window.store is not None and hasattr(window.store, "close"):
        window.store.close()
    return code
