"""GUI figures (a benchmark that prints, never a timed test).

- window shown after process start (wall clock, measured from the parent process);
- UI-thread time per scoring pass for a 150-word reply (score, suggestions, highlights,
  panel), i.e. what a keystroke costs once the debounce fires;
- resident memory after loading the library and scoring.

Runs on the offscreen platform unless DISPLAY is set (e.g. under Xvfb).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time, statistics, resource
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication(sys.argv)
from coach.gui.main_window import PracticeWindow
from coach.gui.settings import Settings
import tempfile
settings = Settings(QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
window = PracticeWindow(settings)
window.show()
app.processEvents()
print("SHOWN", time.time(), flush=True)
from coach.gui.app import load_content
from coach.gui.workers import wait_for_background
window.load_content(load_content())
window.library_panel.select("api-params-vip-en")
wait_for_background()
app.processEvents()
from bench.replies import make_reply
texts = [make_reply("en", seed) for seed in range(40, 140)]
for text in texts[:10]:
    window.editor.setPlainText(text); window.rescore()
timings = []
for text in texts[10:]:
    window.editor.setPlainText(text)
    t0 = time.perf_counter(); window.rescore(); timings.append(time.perf_counter() - t0)
print("PASS_MS", statistics.median(timings) * 1000, max(timings) * 1000, flush=True)
print("RSS_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
os._exit(0)  # measured; skip tearing down a window that was never closed
"""


def main() -> None:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    shown = []
    for _ in range(3):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        ).stdout
        values = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line}
        shown.append(float(values["SHOWN"][0]) - start)
    platform = "xcb (DISPLAY)" if env.get("DISPLAY") else "offscreen"
    print(f"Reply Coach window benchmark ({platform})")
    print(
        f"  window shown after process start: {min(shown) * 1000:.0f} ms "
        f"(best of 3, worst {max(shown) * 1000:.0f} ms)"
    )
    median, worst = (float(v) for v in values["PASS_MS"])
    print(
        f"  UI-thread time per scoring pass, 150-word reply: median {median:.1f} ms, "
        f"worst {worst:.1f} ms"
    )
    print(f"  resident memory (max RSS): {float(values['RSS_MB'][0]):.0f} MB")


if __name__ == "__main__":
    main()
