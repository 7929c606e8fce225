"""A trainers' sentence loses its salutation when the rewrite already greets."""

import pytest

from coach.rephrase.greeting_prefix import is_salutation, without_salutation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hi Priya, yes, it's an outage on our side.", "Yes, it's an outage on our side."),
        ("Dear Mr Smith, thank you for the logs.", "Thank you for the logs."),
        ("Анна, здравствуйте! Сбой на нашей стороне.", "Сбой на нашей стороне."),
        ("Здравствуйте, Дмитрий! Спасибо за письмо.", "Спасибо за письмо."),
        ("Hi Priya,", "Hi Priya,"),  # nothing but the greeting: left to the greeting slot
        ("History shows the import ran twice.", "History shows the import ran twice."),
        ("Highly unusual, but the export ran twice.", "Highly unusual, but the export ran twice."),
    ],
)
def test_without_salutation(sentence, expected):
    assert without_salutation(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hi Sarah, I understand.", True),
        ("Здравствуйте, Дмитрий! Спасибо за письмо.", True),
        ("Sarah, I understand.", False),  # an address by name, not a greeting word
        ("Людмила Павловна, файл в неправильном формате.", False),
        ("History shows the import ran twice.", False),
    ],
)
def test_is_salutation(sentence, expected):
    assert is_salutation(sentence) is expected
