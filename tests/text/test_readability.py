import pytest

from coach.text.language import detect_language
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
