import pytest

from coach.text.language import detect_language
from coach.text.readability import syllables
from coach.text.readability import text_reading_ease as reading_ease

EASY_EN = "We fixed it. You can log in now. Thanks for your patience."
HARD_EN = (
    "Notwithstanding the aforementioned considerations, organisational interoperability "
    "necessitates comprehensive reconfiguration of authentication infrastructure."
)
EASY_RU = "Мы всё исправили. Теперь можно войти. Спасибо за терпение."
HARD_RU = (
    "Вследствие вышеизложенных обстоятельств необходимо осуществить комплексную "
    "реконфигурацию аутентификационной инфраструктуры организации."
)


@pytest.mark.parametrize(
    ("easy", "hard", "language"), [(EASY_EN, HARD_EN, "en"), (EASY_RU, HARD_RU, "ru")]
)
def test_reading_ease_orders_easy_above_hard(easy, hard, language):
    assert reading_ease(easy, language) > 70
    assert reading_ease(hard, language) < 20


# Counts as textstat 0.7 gave them (CMU dictionary first for English, else pyphen's
# hyphenation points plus one): the rubrics' readability ranges were set against them.
@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("patience", "en", 2),
        ("frustrating", "en", 3),
        ("don't", "en", 1),  # a contraction keeps its apostrophe and is in the dictionary
        ("follow-up", "en", 3),  # hyphen removed: "followup" is not, so pyphen counts
        ("Zorblax", "en", 2),  # not in the CMU dictionary
        ("page_size", "en", 2),
        ("терпение", "ru", 3),
        ("здравствуйте", "ru", 3),
        ("она", "ru", 1),  # pyphen, not the vowel count: no one-letter syllable at the edge
        ("👍", "en", 1),  # never less than one
    ],
)
def test_syllables(word, language, expected):
    assert syllables(word, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (EASY_EN, "en", 100.0),
        (EASY_RU, "ru", 76.057),
        (
            "I understand how frustrating this is. The request fails because page_size is "
            "above the maximum of 100.",
            "en",
            63.863,
        ),
    ],
)
def test_reading_ease_figures(text, language, expected):
    assert reading_ease(text, language) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello there", "en"),
        ("Здравствуйте", "ru"),
        ("", "en"),
        ("Параметр page_size", "ru"),
        ("1234 !!", "en"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected
