"""The Russian interface: the compiled .qm loads and translates, and the .ts is complete.

Regenerate both files with `sh tools/update_translations.sh`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from coach.gui.app import TRANSLATIONS, install_translations

TS = TRANSLATIONS / "coach_ru.ts"
QM = TRANSLATIONS / "coach_ru.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)")

KNOWN = [
    ("PracticeWindow", "Submit reply", "Отправить ответ"),
    ("ResultsView", "Try again", "Попробовать ещё раз"),
    ("ScorePanel", "Findings", "Замечания"),
    ("ScorePanel", "Suggested rewrite", "Переписанный вариант"),
    ("SettingsDialog", "Settings", "Настройки"),
    ("SettingsDialog", "Content folders", "Папки с материалами"),
    # The modules that translate through a `_tr` helper, with a context of their own.
    ("actions", "&Submit reply", "&Отправить ответ"),
    ("actions", "&Next finding", "&Следующее замечание"),
    ("dialogs", "Unexpected error", "Непредвиденная ошибка"),
    ("saving", "Attempt saved.", "Попытка сохранена."),
    ("PracticeWindow", "Saving your attempt…", "Сохраняем попытку…"),
    ("library", "Scenario", "Сценарий"),
    # Strings that sit inside f-strings in the code.
    ("ResultsView", "How trainers answered", "Как ответили наставники"),
    ("ConversationView", "Conversation", "Переписка"),
]


def _messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) for every message in the .ts."""
    root = ET.parse(TS).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            messages.append((name, message.findtext("source", ""), translation))
    return messages


def _text(translation: ET.Element) -> str:
    return "".join(translation.itertext())


@pytest.fixture
def russian(qapp):
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.mark.parametrize(("context", "source", "expected"), KNOWN)
def test_known_strings_translate(russian, context, source, expected):
    assert QCoreApplication.translate(context, source) == expected


def test_formatted_string_translates(russian):
    text = QCoreApplication.translate("PracticeWindow", "{n} scenarios loaded")
    assert text.format(n=21) == "Загружено сценариев: 21"


def test_widgets_pick_up_the_translation(russian, qtbot):
    from coach.gui.score_panel import ScorePanel

    panel = ScorePanel()
    qtbot.addWidget(panel)
    assert panel.rewrite_button.text() == "Взять этот вариант"


def test_app_finds_the_file_for_a_russian_locale(qapp):
    installed = install_translations(qapp, "ru_RU")
    try:
        assert QCoreApplication.translate("PracticeWindow", "Submit reply") == "Отправить ответ"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("PracticeWindow", "Submit reply") == "Submit reply"


def test_every_entry_is_finished_and_not_empty():
    messages = _messages()
    assert messages
    unfinished = [(c, s) for c, s, t in messages if t.get("type") == "unfinished"]
    empty = [(c, s) for c, s, t in messages if not _text(t).strip()]
    assert not unfinished, f"unfinished: {unfinished}"
    assert not empty, f"empty: {empty}"


def test_placeholders_survive_translation():
    wrong = [
        (context, source, _text(translation))
        for context, source, translation in _messages()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(_text(translation)))
    ]
    assert not wrong, f"placeholders differ: {wrong}"


def test_accelerators_and_ellipses_survive_translation():
    wrong = [
        (context, source, _text(translation))
        for context, source, translation in _messages()
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(_text(translation)))
        or source.endswith("…") != _text(translation).endswith("…")
    ]
    assert not wrong, f"accelerator or ellipsis differs: {wrong}"


def test_every_mood_shows_its_icon_and_a_label_a_trainer_may_write(russian, monkeypatch):
    # The word the Russian interface shows for a mood is one the YAML accepts for it.
    from coach.content.moods import MOODS, mood_id
    from coach.gui import facets
    from coach.gui.facets import facet_label

    # As on a machine whose fonts draw every icon (tests/gui/test_glyphs.py: the others).
    monkeypatch.setattr(facets, "renders", lambda text: True)

    for mood, info in MOODS.items():
        icon, _, label = facet_label(mood).partition(" ")
        assert icon == info.icon, mood
        assert mood_id(label) == mood, (mood, label)
