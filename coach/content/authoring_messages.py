"""Messages about a trainer's content, in English and Russian.

A content file declares its language, and its author reads the messages in it: a Russian
scenario's advice comes in Russian. A file that does not parse has no declared language
yet, so `declared_language` reads the `language:` line from the text itself.

Each message is one entry of `MESSAGES` with a `str.format` template per language; tests
check that both templates of every entry take the same placeholders.
"""

from __future__ import annotations

import re
from typing import Any

from coach.content.enums import DEFAULT_LANGUAGE, Language

MESSAGES: dict[str, dict[Language, str]] = {
    # YAML indentation and quoting, translated from PyYAML's parser errors.
    "indent_between": {
        "en": (
            "indentation: this line starts at column {column}, less than the line above it "
            "(line {deeper_line}, column {deeper}) and more than line {shallower_line} "
            "(column {shallower}); spaces decide what a line belongs to, so line it up "
            "with one of them"
        ),
        "ru": (
            "отступ: строка начинается в столбце {column} — меньше, чем строка над ней "
            "(строка {deeper_line}, столбец {deeper}), и больше, чем строка "
            "{shallower_line} (столбец {shallower}); принадлежность строки задают пробелы, "
            "выровняйте её по одной из них"
        ),
    },
    "indent_in_item": {
        "en": (
            "indentation: this line starts at column {column}, between the '-' of the list "
            "item on line {item_line} (column {dash}) and that item's first key (column "
            "{content}); line it up with the key to add it to that item, or put '- ' at "
            "column {dash} to start a new item"
        ),
        "ru": (
            "отступ: строка начинается в столбце {column} — между дефисом '-' элемента "
            "списка в строке {item_line} (столбец {dash}) и первым ключом этого элемента "
            "(столбец {content}); выровняйте её по ключу, чтобы добавить в этот элемент, "
            "или поставьте '- ' в столбце {dash}, чтобы начать новый элемент"
        ),
    },
    "indent_at_dash": {
        "en": (
            "indentation: this line starts at the column of the '-' on line {dash_line} "
            "(column {column}) but is not a list item; indent it to column {content} to "
            "belong to the item above, or start it with '- ' for a new item"
        ),
        "ru": (
            "отступ: строка начинается в столбце дефиса '-' из строки {dash_line} "
            "(столбец {column}), но не является элементом списка; сдвиньте её до столбца "
            "{content}, чтобы она относилась к элементу выше, или начните её с '- ' как "
            "новый элемент"
        ),
    },
    "indent_more_than_key": {
        "en": (
            "indentation: this line is indented more than the key '{key}' above it "
            "(line {key_line}), which already has a value on its line; line it up with "
            "'{key}' at column {key_column}"
        ),
        "ru": (
            "отступ: у этой строки отступ больше, чем у ключа '{key}' над ней "
            "(строка {key_line}), а у него значение уже записано в той же строке; "
            "выровняйте строку по '{key}' — столбец {key_column}"
        ),
    },
    "block_text_dedented": {
        "en": (
            "indentation: this line is indented less than the text that starts after "
            "'{indicator}' on line {indicator_line} (column {text_column}), so the text "
            "ended above it and this line is read as a key; indent it to column "
            "{text_column} like the text's other lines"
        ),
        "ru": (
            "отступ: у этой строки отступ меньше, чем у текста после '{indicator}' в "
            "строке {indicator_line} (столбец {text_column}), поэтому текст закончился выше, "
            "а строка читается как ключ; сдвиньте её до столбца {text_column}, как "
            "остальные строки текста"
        ),
    },
    "block_text_not_indented": {
        "en": (
            "indentation: the text after '{indicator}' on line {indicator_line} must be "
            "indented more than its key '{key}' (column {key_column}); indent this line "
            "and the rest of the text to column {text_column}"
        ),
        "ru": (
            "отступ: текст после '{indicator}' в строке {indicator_line} должен иметь "
            "отступ больше, чем его ключ '{key}' (столбец {key_column}); сдвиньте эту "
            "строку и остальной текст до столбца {text_column}"
        ),
    },
    "missing_colon": {
        "en": (
            "this line is plain text where a key was expected: add ':' after the key, or, "
            "if it continues the value above, indent it more than that value's key"
        ),
        "ru": (
            "здесь ожидался ключ, а стоит простой текст: поставьте ':' после ключа или, "
            "если это продолжение значения выше, сделайте отступ больше, чем у его ключа"
        ),
    },
    "unknown_escape": {
        "en": (
            "YAML syntax: found unknown escape character '{char}': inside double quotes a "
            "backslash starts an escape such as \\n; write regular expressions in single "
            "quotes, where a backslash is kept as written: {single}"
        ),
        "ru": (
            "синтаксис YAML: неизвестная escape-последовательность '\\{char}': в двойных "
            "кавычках обратная косая черта начинает escape-последовательность (например "
            "\\n); записывайте регулярные выражения в одинарных кавычках, там обратная "
            "косая черта сохраняется как есть: {single}"
        ),
    },
    # Patterns whose double quotes turned an escape into a control character.
    "pattern_control_character": {
        "en": (
            "this pattern contains {character}, not a regular expression escape: in double "
            "quotes YAML reads backslash escapes itself (\\b becomes a backspace), so the "
            "pattern never matches what you meant; write it in single quotes: {single}"
        ),
        "ru": (
            "в этом шаблоне стоит {character}, а не escape-последовательность регулярного "
            "выражения: в двойных кавычках YAML сам читает escape-последовательности (\\b "
            "становится символом backspace), и шаблон не находит задуманного; запишите его "
            "в одинарных кавычках: {single}"
        ),
    },
    # Warnings: content that is valid but that the scenario's own examples never test.
    "avoid_unexercised": {
        "en": (
            "warning: this avoid entry matches none of the scenario's bad examples, so "
            "selftest never shows that it works; add a bad example that says it, or fix "
            "the {what}"
        ),
        "ru": (
            "предупреждение: этот элемент avoid не срабатывает ни на одном плохом примере "
            "сценария, и selftest не проверяет, что он работает; добавьте плохой пример с "
            "такой фразой или исправьте {what}"
        ),
    },
    "avoid_flags_good": {
        "en": (
            "warning: this avoid entry also matches good example '{example}' (“{quote}”), "
            "so it would flag a reply the trainers wrote as good; narrow it"
        ),
        "ru": (
            "предупреждение: этот элемент avoid срабатывает и на хорошем примере "
            "'{example}' («{quote}»), то есть отметит ответ, который тренеры считают "
            "хорошим; сузьте его"
        ),
    },
    "role_example_flags_good": {
        "en": (
            "warning: this example sentence of '{check}' is as close as {similarity:.2f} to "
            "good example '{example}' (“{quote}”), so that good reply would be judged to "
            "play the role; reword the example or raise the check's similarity"
        ),
        "ru": (
            "предупреждение: этот пример для '{check}' близок ({similarity:.2f}) к хорошему "
            "примеру '{example}' («{quote}»), и этот хороший ответ будет отмечен; "
            "переформулируйте пример или поднимите similarity проверки"
        ),
    },
    "key_point_unexercised": {
        "en": (
            "warning: key point '{key_point}' is covered by none of the scenario's "
            "examples, so selftest never shows that it is recognised; say it in a good "
            "example, or widen its phrases"
        ),
        "ru": (
            "предупреждение: ключевой пункт '{key_point}' не встречается ни в одном примере "
            "сценария, и selftest не проверяет, что он распознаётся; добавьте его в хороший "
            "пример или расширьте его фразы"
        ),
    },
}

MESSAGES.update(
    {
        # Why selftest finds a bad example not flagged on a dimension its `fails:` names.
        "selftest_unflagged": {
            "en": "bad '{example}' (fails: [{fails}]) is not flagged on {dimension}: {reason}",
            "ru": (
                "плохой пример '{example}' (fails: [{fails}]) не отмечен по {dimension}: {reason}"
            ),
        },
        "selftest_not_scored": {
            "en": "no check of the rubric scored {dimension} for this reply",
            "ru": "ни одна проверка рубрики не оценила {dimension} для этого ответа",
        },
        "selftest_scores_too_high": {
            "en": "{dimension} scores {score:.1f}, not under {ceiling:.0f}",
            "ru": "{dimension} получает {score:.1f}, а должно быть меньше {ceiling:.0f}",
        },
        "selftest_no_serious_finding": {
            "en": "no major or critical finding on {dimension}",
            "ru": "нет ни одного серьёзного (major или critical) замечания по {dimension}",
        },
    }
)

# The words a message puts in `{what}` or `{character}`, per language.
WORDS: dict[str, dict[Language, str]] = {
    "phrase": {"en": "phrase", "ru": "фразу"},
    "pattern": {"en": "pattern", "ru": "шаблон"},
    "examples": {"en": "example sentences", "ru": "примеры предложений"},
    # Appended to the title of a scenario saved as a copy (in the scenario's language).
    "copy_title_suffix": {"en": " (copy)", "ru": " (копия)"},
}


class LocalisedValueError(ValueError):
    """A validation problem that can say itself in the content file's language: raised in
    a pydantic validator (which knows no file), translated where the issue is located.
    Its `str` is the English message, for callers outside a content file."""

    def __init__(self, message_id: str, **values: Any) -> None:
        super().__init__(say(message_id, DEFAULT_LANGUAGE, **values))
        self.message_id = message_id
        self.values = values

    def in_language(self, language: str) -> str:
        return say(self.message_id, language, **self.values)


_LANGUAGE_LINE = re.compile(r"^language:\s*['\"]?(\w+)", re.MULTILINE)


def say(message_id: str, language: str, **values: Any) -> str:
    """The message `message_id` in `language` (English for a language without messages)."""
    return _pick(MESSAGES[message_id], language).format(**values)


def word(word_id: str, language: str) -> str:
    return _pick(WORDS[word_id], language)


def _pick(forms: dict[Language, str], language: str) -> str:
    return forms.get(language, forms[DEFAULT_LANGUAGE])


def declared_language(text: str) -> Language:
    """The language a file's top-level `language:` line names, else English; a language
    without messages of its own reads them in English (`say`)."""
    found = _LANGUAGE_LINE.search(text)
    return found.group(1) if found else DEFAULT_LANGUAGE
