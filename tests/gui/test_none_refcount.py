"""PySide6 6.12.0 on Python 3.11 returned None from void methods without a reference, so
every scoring pass (highlights, tooltips, labels) ran None's count down until the
interpreter aborted with "none_dealloc" and the trainee lost their typing. The pin in
pyproject.toml avoids that release; these tests fail if any release in the range leaks."""

import gc
import sys

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

PASSES = 2000


def test_void_methods_keep_none_alive(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    before = sys.getrefcount(None)
    for _ in range(PASSES):
        editor.setExtraSelections([QTextEdit.ExtraSelection()])
        editor.setToolTip("x")
    # A leak takes one reference per call (4 000 here); allow a little for interpreter noise.
    assert before - sys.getrefcount(None) < 50


def test_thousands_of_scoring_passes_keep_none_alive(qtbot, window):
    assert window.library_panel.select("api-params-vip-en")
    qtbot.waitUntil(lambda: window.session is not None and not window.loading_draft)
    texts = [
        "Hi Daniel, you are doing everything wrong.",
        "Hi Daniel, I understand how stressful this is. Set page_size=200.",
    ]
    window.editor.setPlainText(texts[0])
    window.rescore(check_spelling=False)
    # The app collects cycles on a UI timer (coach.gui.collector), which a tight loop never
    # reaches: collect by hand so only references still held are counted.
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(PASSES):
        window.editor.setPlainText(texts[i % 2])
        window.rescore(check_spelling=False)
    gc.collect()
    # Only a falling count kills the interpreter; 6.11 keeps a few extra references to None
    # per pass, which is harmless (None is never freed while referenced).
    assert before - sys.getrefcount(None) < 50
