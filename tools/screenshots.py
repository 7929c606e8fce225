"""Regenerate the README screenshots from the real app (offscreen, or Xvfb via DISPLAY).

    .venv/bin/python tools/screenshots.py

Writes docs/practice-en.png and docs/practice-ru.png: the practice window with a
scenario open, a reply typed, its highlights, scores and the suggested rewrite.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHOTS = {
    "en": (
        "api-params-vip-en",
        "Hi Daniel, you are doing everything wrong. The page_size can't be 500, "
        "it's all in the documentation. Basically just fix your script and TRY AGAIN!!",
    ),
    "ru": (
        "api-params-vip-ru",
        "Дмитрий, вы всё делаете неправильно. Параметр page_size не может быть больше 200, "
        "изучите документацию и попробуйте снова!!",
    ),
}


def main() -> None:
    from coach.gui.app import install_translations, load_content  # noqa: PLC0415
    from coach.gui.main_window import PracticeWindow  # noqa: PLC0415
    from coach.gui.settings import Settings  # noqa: PLC0415
    from coach.gui.workers import wait_for_background  # noqa: PLC0415

    app = QApplication(sys.argv)
    library = load_content()
    for language, (scenario_id, reply) in SHOTS.items():
        translators = install_translations(app, "ru_RU" if language == "ru" else "en_US")
        ini = tempfile.mktemp(suffix=".ini")
        window = PracticeWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)))
        window.resize(1480, 900)
        window.show()
        window.load_content(library)
        window.library_panel.select(scenario_id)
        window.editor.setPlainText(reply)
        window.rescore()
        window._on_rewrite_due()
        wait_for_background()
        app.processEvents()
        out = ROOT / "docs" / f"practice-{language}.png"
        window.grab().save(str(out))
        print("wrote", out)
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    os._exit(0)


if __name__ == "__main__":
    main()
