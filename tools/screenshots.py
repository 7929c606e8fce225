"""Regenerate the README screenshots from the real app: a real window under an X server
(Xvfb, or the desktop's), or the offscreen platform when there is no display.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py

Writes docs/practice-en.png and docs/practice-ru.png: the practice window with a
scenario open, a reply typed, its highlights, scores and the suggested rewrite; and
docs/trainer-en.png: the trainer's history with a chart, over a database seeded with the
curriculum's own example replies. `--out DIR` writes them to DIR instead (to look at a
change without touching the README's pictures).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else ROOT / "docs"
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


def settle(app: QApplication, done: Callable[[], bool], seconds: float = 60.0) -> None:
    """Run the event loop (and background work) until `done()` or `seconds` pass."""
    from coach.gui.workers import wait_for_background  # noqa: PLC0415

    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not settle; no screenshot written")
        wait_for_background(100)
        app.processEvents()
    app.processEvents()


def main() -> None:
    from coach.gui.app import install_translations, load_content, use_locale  # noqa: PLC0415
    from coach.gui.main_window import PracticeWindow  # noqa: PLC0415
    from coach.gui.settings import Settings  # noqa: PLC0415

    app = QApplication(sys.argv)
    library = load_content()
    for language, (scenario_id, reply) in SHOTS.items():
        locale_name = "ru_RU" if language == "ru" else "en_US"
        translators = install_translations(app, locale_name)
        use_locale(locale_name)  # as run_app does: labels, numbers and dates follow it
        ini = tempfile.mktemp(suffix=".ini")
        window = PracticeWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)))
        window.resize(1480, 900)
        window.show()
        window.load_content(library)
        window.library_panel.select(scenario_id)
        # The draft read and the pass for the empty editor first, so neither can land
        # over the typed reply's.
        # (Waiting for the draft alone let the empty editor's pass land after the reply's
        # and blank the panel in the picture.)
        settle(app, lambda w=window: not w.loading_draft and not w.feedback.busy)
        window.editor.setPlainText(reply)
        window.rescore()
        window.feedback._on_rewrite_due()
        # Scores and the rewrite come back through queued signals: wait until the window
        # shows them for this text and nothing else is on its way.
        settle(
            app,
            lambda w=window, r=reply: (
                not w.feedback.busy
                and w.feedback.report_text == r
                and w.report is not None
                and w.feedback.rewrite_text is not None
            ),
        )
        _save(window, OUT / f"practice-{language}.png")
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    use_locale("en_US")  # the trainer's picture is the English interface's
    trainer_shot(app, library)
    os._exit(0)


def trainer_shot(app: QApplication, library: object) -> None:
    """Seed a throwaway database with example replies over a few weeks; grab the history."""
    from datetime import UTC, datetime, timedelta  # noqa: PLC0415

    from coach.gui.trainer.trainer_window import TrainerWindow  # noqa: PLC0415
    from coach.scoring import score_reply  # noqa: PLC0415
    from coach.store import NewAttempt, SqlStore  # noqa: PLC0415

    assert hasattr(library, "scenarios")
    folder = Path(tempfile.mkdtemp())
    store = SqlStore(f"sqlite:///{folder / 'shots.sqlite3'}")
    start = datetime.now(UTC) - timedelta(days=30)
    scenarios = [s for s in library.scenarios.values() if s.language == "en"]
    step = 0
    for trainee in ("Anna", "Boris", "Chen"):
        for index, scenario in enumerate(scenarios):
            rubric = library.rubrics[scenario.rubric]
            pool = scenario.examples.bad if index < len(scenarios) // 2 else scenario.examples.good
            text = pool[(index + len(trainee)) % len(pool)].text
            attempt = NewAttempt(
                trainee,
                scenario.id,
                scenario.content_hash,
                rubric.id,
                rubric.content_hash,
                0,
                text,
                score_reply(text, rubric, scenario),
            )
            store.record_attempt(attempt, created_at=start + timedelta(hours=12 * step))
            step += 1
    window = TrainerWindow(store, library, "lead trainer")  # type: ignore[arg-type]
    window.resize(1300, 860)
    window.show()
    history = window.history
    # The trainee list, the table and the chart are read off the UI thread: wait for each.
    settle(app, lambda: history.trainee.findData("Anna") >= 0 and not history.loading)
    history.trainee.setCurrentIndex(history.trainee.findData("Anna"))
    settle(app, lambda: not history.loading and history.model.rowCount() > 0)
    _save(window, OUT / "trainer-en.png")
    store.close()


def _save(window: QWidget, out: Path) -> None:
    # QPixmap.save reports failure (a missing folder, a full disk) only by returning False.
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise SystemExit(f"could not write {out}")
    print("wrote", out)


if __name__ == "__main__":
    main()
