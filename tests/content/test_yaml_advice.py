"""PyYAML's indentation and quoting errors, as plain advice at the line that went wrong."""

from pathlib import Path

import pytest

from coach.content.authoring_messages import MESSAGES, declared_language
from coach.content.yaml_source import YamlError, parse_yaml


def problem(text: str) -> str:
    with pytest.raises(YamlError) as info:
        parse_yaml(text, Path("f.yaml"))
    return str(info.value.issue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # PyYAML: "expected <block end>, but found '?'" at the key.
            "key_points:\n  - id: a\n    phrases: [a]\n  weight: 1\n",
            "f.yaml:4:3: indentation: this line starts at the column of the '-' on line 2 "
            "(column 3) but is not a list item; indent it to column 5 to belong to the item "
            "above, or start it with '- ' for a new item",
            id="key-at-the-dash",
        ),
        pytest.param(
            # PyYAML: "expected <block end>, but found '<block mapping start>'".
            "persona:\n  name: Anna\n mood: angry\nid: x\n",
            "f.yaml:3:2: indentation: this line starts at column 2, less than the line above "
            "it (line 2, column 3) and more than line 1 (column 1); spaces decide what a line "
            "belongs to, so line it up with one of them",
            id="key-between-levels",
        ),
        pytest.param(
            "avoid:\n  - phrase: a\n    message: b\n  - phrase: c\n   message: d\n",
            "f.yaml:5:4: indentation: this line starts at column 4, between the '-' of the "
            "list item on line 4 (column 3) and that item's first key (column 5); line it up "
            "with the key to add it to that item, or put '- ' at column 3 to start a new item",
            id="key-inside-a-list-item",
        ),
        pytest.param(
            # PyYAML: "mapping values are not allowed here" at the second ':'.
            "id: x\ntitle: Refund\n  language: en\n",
            "f.yaml:3:3: indentation: this line is indented more than the key 'title' above "
            "it (line 2), which already has a value on its line; line it up with 'title' at "
            "column 1",
            id="key-indented-under-a-value",
        ),
        pytest.param(
            # PyYAML: "expected <block end>, but found '<block mapping start>'"; no line
            # above opens the column (a trainer's weight pushed in under a flow list).
            "key_points:\n  - id: a\n    phrases: [a, b]\n      weight: 1.5\n",
            "f.yaml:4:7: indentation: this line is indented more than the key 'phrases' above "
            "it (line 3), which already has a value on its line; line it up with 'phrases' at "
            "column 5",
            id="key-pushed-in-under-a-flow-value",
        ),
        pytest.param(
            # PyYAML: "could not find expected ':'" on the line after the real slip.
            "turns:\n  - id: first\n    message: |\n      Hi,\n      our export fails.\n"
            "    Thanks\n  - id: second\n    message: x\n",
            "f.yaml:6:5: indentation: this line is indented less than the text that starts "
            "after '|' on line 3 (column 7), so the text ended above it and this line is read "
            "as a key; indent it to column 7 like the text's other lines",
            id="block-text-dedented",
        ),
        pytest.param(
            "examples:\n  good:\n    - id: a\n      text: |\n      Hello.\n      I see it.\n"
            "      note: x\n",
            "f.yaml:5:7: indentation: the text after '|' on line 4 must be indented more than "
            "its key 'text' (column 7); indent this line and the rest of the text to column 9",
            id="block-text-not-indented",
        ),
        pytest.param(
            'avoid:\n  - pattern: "\\d+ days"\n    message: x\n',
            "f.yaml:2:14: YAML syntax: found unknown escape character 'd': inside double "
            "quotes a backslash starts an escape such as \\n; write regular expressions in "
            "single quotes, where a backslash is kept as written: '\\d+ days'",
            id="unknown-escape",
        ),
        pytest.param(
            "language: ru\npersona:\n  name: Анна\n mood: angry\n",
            "f.yaml:4:2: отступ: строка начинается в столбце 2 — меньше, чем строка над ней "
            "(строка 3, столбец 3), и больше, чем строка 2 (столбец 1); принадлежность строки "
            "задают пробелы, выровняйте её по одной из них",
            id="russian-file-russian-advice",
        ),
    ],
)
def test_advice(text, expected):
    assert problem(text) == expected


def test_errors_without_advice_keep_the_parser_words():
    assert problem("phrases: [a, b\nid: x\n") == (
        "f.yaml:2:3: YAML syntax: expected ',' or ']', but got ':'"
    )


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for message_id, templates in MESSAGES.items():
        assert set(templates) == {"en", "ru"}, message_id
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(t) if name}
            for t in templates.values()
        ]
        assert fields[0] == fields[1], message_id


@pytest.mark.parametrize(
    ("text", "language"),
    [("id: x\nlanguage: ru\n", "ru"), ("language: 'en'\n", "en"), ("id: x\n", "en")],
)
def test_declared_language(text, language):
    assert declared_language(text) == language
