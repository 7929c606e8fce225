"""Customer messages reflowed: the YAML's wrapping goes, the customer's own lines stay."""

import pytest

from coach.gui.reflow import paragraphs

WRAPPED = (
    "Our nightly order export has been failing for TWO DAYS now. Every call to your\n"
    'orders API comes back with "400 Bad Request". We pay for Enterprise precisely so\n'
    "this doesn't happen."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            WRAPPED,
            [[WRAPPED.replace("\n", " ")]],
        ),
        # A greeting, a label before a request line, a signature: meant as lines.
        (
            "Hello,\n\nThis is the request our script sends:\n"
            "GET /v2/orders?page_size=500&from=15/03/2024&to=17/03/2024\n\n"
            "Daniel Reyes\nHead of Data Engineering, Northwind Logistics",
            [
                ["Hello,"],
                [
                    "This is the request our script sends:",
                    "GET /v2/orders?page_size=500&from=15/03/2024&to=17/03/2024",
                ],
                ["Daniel Reyes", "Head of Data Engineering, Northwind Logistics"],
            ],
        ),
        # Russian wraps the same way.
        (
            "Пытаюсь загрузить в систему список наших волонтёров, а она пишет\n"
            "«Импортировано контактов: 0». Пробовала уже три раза.\n\nС уважением,\nСемён",
            [
                [
                    "Пытаюсь загрузить в систему список наших волонтёров, а она пишет "
                    "«Импортировано контактов: 0». Пробовала уже три раза."
                ],
                ["С уважением,", "Семён"],
            ],
        ),
        # List items and indented lines keep their own line after a long one.
        (
            "Here is what I tried this morning before writing to you about it all:\n"
            "1. Uploaded the file again\n- Changed the browser\n    and waited",
            [
                [
                    "Here is what I tried this morning before writing to you about it all:",
                    "1. Uploaded the file again",
                    "- Changed the browser",
                    "    and waited",
                ]
            ],
        ),
        ("  \n\n", []),
    ],
)
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected
