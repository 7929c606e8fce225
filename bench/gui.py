"""GUI figures (a benchmark that prints, never a timed test).

- window shown after process start (wall clock, measured from the parent process);
- while typing a 150-word reply at one character per 60 ms: the UI thread's time per
  keystroke, its time to draw each judgement (the scoring itself runs on the scoring
  thread), the delay from the last keystroke to the judgement of the final text, and the
  longest gap between judgements during continuous typing;
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
from PySide6.QtTest import QTest
texts = [make_reply("en", seed) for seed in range(40, 140)]
for text in texts[:10]:
    window.editor.setPlainText(text); window.rescore()
# What the UI thread does per pass: draw a judgement computed on the scoring thread.
draws = []
real_show = window.feedback._show_judged
def timed_show(*args):
    t0 = time.perf_counter(); real_show(*args); draws.append(time.perf_counter() - t0)
window.feedback._show_judged = timed_show
keystrokes, latencies, refreshes = [], [], []
for text in texts[10:40]:
    window.editor.setPlainText(text[: len(text) // 2])
    feedback = window.feedback
    while (feedback._scoring.busy or feedback.score_timer.isActive()
           or feedback.refresh_timer.isActive()):
        app.processEvents(); time.sleep(0.001)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    shown_at = []
    last = None
    # Continuous typing: one character every 60 ms (a fast typist) for 1.5 s.
    for ch in (text[len(text) // 2 :] + " ")[:25]:
        before = window.feedback.report_text
        t0 = time.perf_counter()
        QTest.keyClick(window.editor, ch)
        keystrokes.append(time.perf_counter() - t0)
        end = time.perf_counter() + 0.06
        while time.perf_counter() < end:
            app.processEvents(); time.sleep(0.001)
            if window.feedback.report_text != before:
                shown_at.append(time.perf_counter()); before = window.feedback.report_text
    if len(shown_at) > 1:
        refreshes.append(max(b - a for a, b in zip(shown_at, shown_at[1:])))
    pause = time.perf_counter()
    target = window.editor.toPlainText()
    while window.feedback.report_text != target:
        app.processEvents(); time.sleep(0.001)
    latencies.append(time.perf_counter() - pause)
med = statistics.median
print("KEY_MS", med(keystrokes) * 1000, max(keystrokes) * 1000, flush=True)
print("PASS_MS", med(draws) * 1000, max(draws) * 1000, flush=True)
print("LATENCY_MS", med(latencies) * 1000, max(latencies) * 1000, flush=True)
refreshes = refreshes or [0.0]
print("REFRESH_MS", med(refreshes) * 1000, max(refreshes) * 1000, flush=True)
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
    for key, what in (
        ("KEY_MS", "UI-thread time per keystroke (typing, 150-word reply)"),
        ("PASS_MS", "UI-thread time to draw one judgement (panel, highlights)"),
        ("LATENCY_MS", "judgement shown after typing pauses"),
        ("REFRESH_MS", "longest gap between judgements while typing continuously"),
    ):
        median, worst = (float(v) for v in values[key])
        print(f"  {what}: median {median:.1f} ms, worst {worst:.1f} ms")
    print(f"  resident memory (max RSS): {float(values['RSS_MB'][0]):.0f} MB")


if __name__ == "__main__":
    main()
