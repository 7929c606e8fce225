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


@pytest.mark.parametrize(
    ("text", "accept", "expected"),
    [
        # Issue 17: support words the general dictionary lacks.
        ("Please ack the ticket; the scammers used a fake invoice.", frozenset(), []),
        # `2xx` is split into "2" + "xx" by the tokenizer; the letters are part of a
        # code-like token, with or without the scenario vocabulary listing it.
        ("Any 2xx status means success.", frozenset({"2xx"}), []),
        ("Any 2xx or 5xx status, 10ms later, on v2.", frozenset(), []),
        # A real misspelling beside such a token is still found.
        ("Any 2xx status means sucess.", frozenset({"2xx"}), ["sucess"]),
    ],
)
def test_support_words_and_number_glued_tokens(text, accept, expected):
    assert flagged(text, "en", accept) == expected
