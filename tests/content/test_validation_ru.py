"""A Russian scenario's validation errors come in Russian, at the same line and column as
the English ones (the file declares `language: ru`)."""

from pathlib import Path

import pytest

from coach.content.authoring_messages import MESSAGES
from coach.content.yaml_source import LocatedDocument
from coach.scoring import load_library

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-ru.yaml").read_text()
BRANCHES = (
    "  - id: follow-up\n"
    "    branches:\n"
    "      - id: asks-again\n"
    "        when: {missing: exact-fix}\n"
    "        message: Так какой лимит?\n"
)


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return [str(i).replace(str(tmp_path) + "/", "") for i in load_library([path]).issues]


def edit(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def test_the_fixture_is_valid(tmp_path):
    assert errors(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "title: VIP",
            "tittle: VIP",
            [
                "s.yaml:1:1: нет обязательного ключа 'title'",
                "s.yaml:2:1: неизвестный ключ 'tittle' (может быть, 'title'?)",
            ],
            id="typo-and-missing",
        ),
        pytest.param(
            "      fails: [tone, empathy]",
            "      fails: [tone, empathy]\n      weight: 1",
            [
                "s.yaml:39:7: неизвестный ключ 'weight'; здесь допустимы: fails, id, note, style, text"
            ],
            id="unknown-key-listed",
        ),
        pytest.param(
            "    phrases: [проверить запрос, проверю, посмотреть запрос, перепроверить]\n",
            "",
            [
                "s.yaml:17:5: чтобы ключевой пункт распознавался, ему нужны 'phrases', "
                "'requires' или 'examples'"
            ],
            id="schema-rule",
        ),
        pytest.param(
            "tier: L2",
            "tier: L2\ntier: L3",
            ["s.yaml:6:1: ключ 'tier' повторяется (прежнее значение потерялось бы)"],
            id="duplicate-key",
        ),
        pytest.param(
            "tier: L2",
            "tier: L4",
            [
                "s.yaml:5:7: 'L4' здесь не допускается; используйте одно из значений: "
                "'L1', 'L2' или 'L3'"
            ],
            id="not-allowed",
        ),
        pytest.param(
            "vip: true",
            "vip: maybe",
            ["s.yaml:7:51: ожидается true или false, а записано 'maybe'"],
            id="wrong-type",
        ),
        pytest.param(
            "rubric: support-ru",
            "rubric: support-xx",
            ["s.yaml:21:9: неизвестная рубрика 'support-xx' (известные: support-en, support-ru)"],
            id="unknown-rubric",
        ),
        pytest.param(
            "rubric: support-ru",
            "rubric: support-en",
            ["s.yaml:21:9: рубрика 'support-en' написана для языка 'en', а сценарий — для 'ru'"],
            id="rubric-language",
        ),
        pytest.param(
            "  - id: verify-offer",
            "  - id: exact-fix",
            ["s.yaml:17:9: повторяющийся id 'exact-fix' в key_points"],
            id="duplicate-id",
        ),
        pytest.param(
            "id: test-api-ru",
            "id: Test API",
            [
                "s.yaml:1:5: 'Test API' не подходит как id: используйте строчные латинские "
                "буквы, цифры, '-', '_' или '.'"
            ],
            id="bad-id",
        ),
        pytest.param(
            "key_points:",
            BRANCHES.replace("exact-fix", "exact-fx") + "key_points:",
            [
                "s.yaml:16:9: условие ссылается на неизвестный ключевой пункт 'exact-fx' "
                "(известные: exact-fix, verify-offer)"
            ],
            id="unknown-key-point",
        ),
    ],
)
def test_russian_scenario_errors_are_in_russian(tmp_path, old, new, expected):
    assert errors(tmp_path, edit(old, new)) == expected


def test_the_branch_fixture_itself_is_valid(tmp_path):
    # The unknown-key-point case differs from a valid file only by the key point's name.
    assert errors(tmp_path, edit("key_points:", BRANCHES + "key_points:")) == []


def test_a_scenario_without_a_language_reads_english_messages(tmp_path):
    assert errors(tmp_path, edit("language: ru\n", "").replace("title: VIP", "tittle: VIP")) == [
        "s.yaml:1:1: missing required key 'language'",
        "s.yaml:1:1: missing required key 'title'",
        "s.yaml:2:1: unknown key 'tittle' (did you mean 'title'?)",
    ]


@pytest.mark.parametrize(
    ("data", "language"),
    [({"language": "ru"}, "ru"), ({"language": 5}, "en"), ({}, "en"), ([1], "en")],
)
def test_document_language(data, language):
    assert LocatedDocument(Path("f.yaml"), data, None).language == language  # type: ignore[arg-type]


def test_russian_messages_are_written_in_russian():
    # A copy-paste of the English template into the Russian slot would pass the
    # placeholder test; every Russian template has Cyrillic words of its own.
    for message_id, templates in MESSAGES.items():
        assert any("а" <= ch.lower() <= "я" for ch in templates["ru"]), message_id
