import pytest

from coach.text.spelling.base import SpellRequest
from coach.text.spelling.offline import OfflineSpellChecker


def flagged(text: str, language: str, accept=frozenset()) -> list[str]:
    report = OfflineSpellChecker().check(SpellRequest(text, language, accept))
    assert report.backend == "offline"
    return [text[i.start : i.end] for i in report.issues]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I will recieve the documantation today.", "en", ["recieve", "documantation"]),
        ("We'll optimise the colour settings; don't worry.", "en", []),
        ("Set `page_size` to 100 via GET /v2/orders or https://x.io/a, mail help@x.io.", "en", []),
        ("Hi Anna, our Zendesk API returns ERR-42.", "en", []),
        ("Мы исправели ошибку в выгрузке.", "ru", ["исправели"]),
        ("Приносим извинения за неудобства; перезагрузите страницу.", "ru", []),
        ("Откройте Settings и нажмите Export, потом дайте знать.", "ru", []),
        ("Откройте the setings страницу.", "ru", ["setings"]),
    ],
)
def test_misspellings(text, language, expected):
    assert flagged(text, language) == expected


def test_scenario_vocabulary_and_name_are_accepted():
    text = "Hello Ksenia, flexipay limits apply."
    assert flagged(text, "en") == ["flexipay"]
    assert flagged(text, "en", frozenset({"flexipay"})) == []


@pytest.mark.parametrize(
    ("word", "language", "suggestion"),
    [("documantation", "en", "documentation"), ("исправели", "ru", "исправили")],
)
def test_suggestions(word, language, suggestion):
    report = OfflineSpellChecker().check(SpellRequest(f"{word}", language))
    assert suggestion in report.issues[0].suggestions
