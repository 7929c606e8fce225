"""Messages about a trainer's content, in English and Russian.

A content file declares its language, and its author reads the messages in it: a Russian
scenario's advice comes in Russian. A file that does not parse has no declared language
yet, so `declared_language` reads the `language:` line from the text itself.

Each message is one entry of `MESSAGES` with a `str.format` template per language; tests
check that both templates of every entry take the same placeholders.
"""

from __future__ import annotations

import errno
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

MESSAGES.update(
    {
        # Schema problems (pydantic's errors, located and said in the file's language).
        "missing_key": {
            "en": "missing required key '{name}'",
            "ru": "нет обязательного ключа '{name}'",
        },
        "unknown_key_guess": {
            "en": "unknown key '{name}' (did you mean '{guess}'?)",
            "ru": "неизвестный ключ '{name}' (может быть, '{guess}'?)",
        },
        "unknown_key_allowed": {
            "en": "unknown key '{name}'; allowed here: {allowed}",
            "ru": "неизвестный ключ '{name}'; здесь допустимы: {allowed}",
        },
        "unknown_key_quote": {
            "en": "unknown key '{name}' (inside {{...}} a value containing commas must be quoted)",
            "ru": (
                "неизвестный ключ '{name}' (внутри {{...}} значение с запятыми нужно взять "
                "в кавычки)"
            ),
        },
        "unknown_key": {"en": "unknown key '{name}'", "ru": "неизвестный ключ '{name}'"},
        "not_allowed": {
            "en": "'{value}' is not allowed here; use one of {expected}",
            "ru": "'{value}' здесь не допускается; используйте одно из значений: {expected}",
        },
        "bad_id": {
            "en": ("'{value}' is not a valid id: use lower-case letters, digits, '-', '_' or '.'"),
            "ru": (
                "'{value}' не подходит как id: используйте строчные латинские буквы, цифры, "
                "'-', '_' или '.'"
            ),
        },
        "not_finite": {
            "en": "must be a finite number, got {value}",
            "ru": "нужно конечное число, а записано {value}",
        },
        # {problem}: pydantic's own message in English, `TYPE_PROBLEMS` in other languages.
        "wrong_type": {"en": "{problem}, got {value}", "ru": "{problem}, а записано {value}"},
        "duplicate_key": {
            "en": "duplicate key '{key}' (the earlier value would be lost)",
            "ru": "ключ '{key}' повторяется (прежнее значение потерялось бы)",
        },
        # The scenario schema's own rules (raised in its validators).
        "labels_unknown_fact": {
            "en": "labels: {keys} is not an account fact (the facts under account: are {facts})",
            "ru": "labels: {keys} — не факт из account (факты в account: {facts})",
        },
        "labels_no_account": {
            "en": "labels: {keys} is not an account fact (there are no facts under account:)",
            "ru": "labels: {keys} — не факт из account (в account нет ни одного факта)",
        },
        "labels_empty": {
            "en": "labels: the label of {keys} is empty",
            "ru": "labels: подпись для {keys} пустая",
        },
        "turn_message_or_branches": {
            "en": "a turn needs exactly one of 'message' or 'branches'",
            "ru": "у реплики должно быть ровно одно из двух: 'message' или 'branches'",
        },
        "key_point_needs_phrases": {
            "en": "a key point needs 'phrases', 'requires' or 'examples' to be recognised",
            "ru": (
                "чтобы ключевой пункт распознавался, ему нужны 'phrases', 'requires' или 'examples'"
            ),
        },
        "requires_group_empty": {
            "en": "every group in 'requires' needs at least one phrase",
            "ru": "в каждой группе 'requires' должна быть хотя бы одна фраза",
        },
        "avoid_exactly_one": {
            "en": "an avoid entry needs exactly one of 'phrase', 'pattern' or 'examples'",
            "ru": "у элемента avoid должно быть ровно одно из: 'phrase', 'pattern' или 'examples'",
        },
        "skip_negated_patterns_only": {
            "en": (
                "'skip_negated' is for patterns only: phrases and examples always skip a "
                "negated match"
            ),
            "ru": (
                "'skip_negated' — только для шаблонов (pattern): фразы и примеры всегда "
                "пропускают совпадение под отрицанием"
            ),
        },
        "first_turn_message": {
            "en": "the first turn must have a 'message' (there is no reply to branch on)",
            "ru": (
                "у первой реплики должен быть 'message' (ветвиться пока не на чем: ответа ещё нет)"
            ),
        },
        "not_a_mapping": {
            "en": "a scenario or rubric file must be a mapping of keys to values",
            "ru": "файл сценария или рубрики должен быть набором ключей со значениями",
        },
        "check_not_a_mapping": {
            "en": "a check must be a mapping",
            "ru": "проверка должна быть набором ключей со значениями",
        },
        # Cross-references between files and inside one.
        "duplicate_check_id": {
            "en": "duplicate check id '{id}' in rubric",
            "ru": "повторяющийся id проверки '{id}' в рубрике",
        },
        "unknown_check_reference": {
            "en": "check '{check}' names '{name}', which is no check of this rubric; "
            "it has {known}",
            "ru": "проверка '{check}' ссылается на '{name}', но такой проверки в рубрике "
            "нет; есть: {known}",
        },
        "unknown_dimension_defines": {
            "en": "unknown dimension '{dimension}'; this rubric defines {known}",
            "ru": "неизвестное измерение '{dimension}'; в этой рубрике есть: {known}",
        },
        "duplicate_rubric_id": {
            "en": "duplicate rubric id '{id}' (also defined at {where})",
            "ru": "повторяющийся id рубрики '{id}' (уже определён в {where})",
        },
        "unknown_check_type": {
            "en": "unknown check type '{type}'; known types: {known}",
            "ru": "неизвестный тип проверки '{type}'; известные типы: {known}",
        },
        "duplicate_scenario_id": {
            "en": "duplicate scenario id '{id}' (also defined at {where})",
            "ru": "повторяющийся id сценария '{id}' (уже определён в {where})",
        },
        "unknown_rubric": {
            "en": "unknown rubric '{rubric}' (known: {known})",
            "ru": "неизвестная рубрика '{rubric}' (известные: {known})",
        },
        "rubric_language_mismatch": {
            "en": "rubric '{rubric}' is for language '{rubric_language}' but the scenario is "
            "'{scenario_language}'",
            "ru": "рубрика '{rubric}' написана для языка '{rubric_language}', а сценарий — "
            "для '{scenario_language}'",
        },
        "condition_unknown_dimension": {
            "en": "condition names unknown dimension '{name}' (known: {known})",
            "ru": "условие ссылается на неизвестное измерение '{name}' (известные: {known})",
        },
        "condition_unknown_key_point": {
            "en": "condition names unknown key point '{name}' (known: {known})",
            "ru": ("условие ссылается на неизвестный ключевой пункт '{name}' (известные: {known})"),
        },
        "unknown_dimension_rubric_has": {
            "en": "unknown dimension '{dimension}' (rubric '{rubric}' has {known})",
            "ru": "неизвестное измерение '{dimension}' (в рубрике '{rubric}' есть: {known})",
        },
        "unknown_dimension": {
            "en": "unknown dimension '{dimension}'",
            "ru": "неизвестное измерение '{dimension}'",
        },
        "avoid_not_taken": {
            "en": (
                "no check of rubric '{rubric}' takes scenario avoid {what}, so this entry "
                "would never be used (use another dimension, or add "
                "include_scenario/include_critical_scenario to an avoid check)"
            ),
            "ru": (
                "ни одна проверка рубрики '{rubric}' не берёт из сценария avoid {what}, и "
                "этот элемент никогда не сработает (укажите другое измерение или добавьте "
                "include_scenario/include_critical_scenario в проверку avoid)"
            ),
        },
        "duplicate_id": {
            "en": "duplicate id '{id}' in {key}",
            "ru": "повторяющийся id '{id}' в {key}",
        },
        "override_unknown_check": {
            "en": "rubric '{rubric}' has no check '{check}' (its checks: {known})",
            "ru": "в рубрике '{rubric}' нет проверки '{check}' (её проверки: {known})",
        },
    }
)

MESSAGES.update(
    {
        # selftest: the floor, the margin and the boilerplate wrap.
        "selftest_good_below_floor": {
            "en": "good '{example}' scores {score} < {floor}",
            "ru": "хороший пример '{example}' получает {score} < {floor}",
        },
        "selftest_margin": {
            "en": (
                "good '{good}' ({good_score}) beats bad '{bad}' ({bad_score}) by "
                "{gap:.1f} < {margin}"
            ),
            "ru": (
                "хороший пример '{good}' ({good_score}) опережает плохой '{bad}' "
                "({bad_score}) на {gap:.1f} < {margin}"
            ),
        },
        "selftest_wrapped": {
            "en": (
                "bad '{bad}' wrapped in good '{good}''s opening and closing scores "
                "{score} >= {ceiling}"
            ),
            "ru": (
                "плохой пример '{bad}', обёрнутый в начало и конец хорошего '{good}', "
                "получает {score} >= {ceiling}"
            ),
        },
        # `coach selftest --verbose`: what flags a bad example on a dimension its
        # `fails:` names.
        "selftest_flagged_by": {
            "en": "fails: {dimension} -- flagged ({score:.1f} < {ceiling:.0f}) by:",
            "ru": "fails: {dimension} -- отмечен ({score:.1f} < {ceiling:.0f}) замечаниями:",
        },
        "selftest_not_flagged": {
            "en": "fails: {dimension} -- NOT flagged: {reason}",
            "ru": "fails: {dimension} -- НЕ отмечен: {reason}",
        },
        # The last line of `coach validate` and `coach selftest`, in the files' language
        # when they share one.
        "validate_summary": {
            "en": "{valid} valid, {failed} with errors, {errors} error(s)",
            "ru": "без ошибок: {valid}, с ошибками: {failed}, ошибок: {errors}",
        },
        "validate_warnings": {
            "en": ", {warnings} warning(s)",
            "ru": ", предупреждений: {warnings}",
        },
        "selftest_nothing": {
            "en": "no scenarios to test (a file with errors is not tested: see above)",
            "ru": "нет сценариев для проверки (файл с ошибками не проверяется: см. выше)",
        },
        "selftest_summary": {
            "en": "{passed} passed, {failed} failed",
            "ru": "прошли: {passed}, не прошли: {failed}",
        },
    }
)

MESSAGES.update(
    {
        # A file that cannot be read or parsed at all. One with no text to read (a folder,
        # a pipe, a loop of symlinks) declares no language: the loader says its message in
        # the language of the files beside it.
        "no_such_path": {
            "en": "no such file or folder",
            "ru": "нет такого файла или папки",
        },
        "cannot_read_file": {
            "en": "cannot read file: {reason}",
            "ru": "не удаётся прочитать файл: {reason}",
        },
        "cannot_read_folder": {
            "en": "cannot read folder: {reason}",
            "ru": "не удаётся открыть папку: {reason}",
        },
        "is_a_folder": {
            "en": "this is a folder, not a YAML file (rename it without .yaml/.yml)",
            "ru": "это папка, а не YAML-файл (уберите .yaml/.yml из её имени)",
        },
        "not_a_regular_file": {
            "en": "not a regular file (a pipe, device or socket); content must be a file",
            "ru": (
                "это не обычный файл, а канал, устройство или сокет; сценарии и рубрики "
                "должны быть обычными файлами"
            ),
        },
        "file_too_large": {
            "en": (
                "file is over {limit} KiB ({size} KiB or more); content files are limited "
                "to that size (split it into several scenarios)"
            ),
            "ru": (
                "файл больше {limit} КБ ({size} КБ или больше), а файлы сценариев и рубрик "
                "не могут быть больше; разделите его на несколько сценариев"
            ),
        },
        "not_utf8": {
            "en": "file is not UTF-8 text ({reason}); save it as UTF-8",
            "ru": "файл сохранён не в UTF-8 ({reason}); сохраните его в кодировке UTF-8",
        },
        "file_empty": {"en": "file is empty", "ru": "файл пустой"},
        "character_not_allowed": {
            "en": (
                "character {character} is not allowed in YAML (often pasted in invisibly); "
                "delete it"
            ),
            "ru": (
                "символ {character} в YAML недопустим (его часто вставляют вместе с "
                "текстом, не замечая); удалите его"
            ),
        },
        "nesting_too_deep": {
            "en": (
                "nesting is deeper than {limit} levels; a scenario or rubric never needs "
                "that many (look for unclosed [ or {{)"
            ),
            "ru": (
                "вложенность глубже {limit} уровней, а сценарию или рубрике столько не "
                "нужно (поищите незакрытую [ или {{)"
            ),
        },
        "nesting_too_deep_unlocated": {
            "en": "YAML nesting is too deep",
            "ru": "слишком глубокая вложенность YAML",
        },
        "alias_refers_to_itself": {
            "en": "an alias refers to itself",
            "ru": "псевдоним (*alias) ссылается сам на себя",
        },
        "alias_expansion": {
            "en": (
                "document expands to too many values through aliases (&anchor/*alias); "
                "write the values out instead"
            ),
            "ru": (
                "через псевдонимы (&anchor/*alias) документ разворачивается в слишком "
                "много значений; запишите значения явно"
            ),
        },
        "cannot_read_value": {
            "en": "cannot read this value: {reason}",
            "ru": "не удаётся прочитать это значение: {reason}",
        },
        # {problem}: PyYAML's own words (advice for the common ones is in yaml_advice.py);
        # {hint}: a `WORDS` entry or nothing.
        "yaml_syntax": {
            "en": "YAML syntax: {problem}{hint}",
            "ru": "синтаксис YAML: {problem}{hint}",
        },
        "load_failed": {
            "en": "could not be loaded ({error}); see the log",
            "ru": "не удалось загрузить ({error}); подробности в журнале",
        },
    }
)

# Why a file could not be read, for languages other than English: keyed by the errno
# name an `OSError` carries, or by the UTF-8 codec's reason. The operating system's and
# the codec's own words are English, so English keeps them; a reason without an entry
# is shown in those words.
READ_REASONS: dict[Language, dict[str, str]] = {
    "ru": {
        "EACCES": "нет прав на чтение",
        "EPERM": "нет прав на чтение",
        "ELOOP": "символические ссылки замкнуты в петлю",
        "ENOENT": "файл, на который ведёт ссылка, не найден",
        "ENOTDIR": "часть пути не является папкой",
        "ENAMETOOLONG": "слишком длинное имя файла",
        "EIO": "ошибка ввода-вывода (диск или сетевая папка недоступны)",
        "EBUSY": "файл занят другой программой",
        "EMFILE": "открыто слишком много файлов",
        "ENFILE": "открыто слишком много файлов",
        "ENXIO": "устройство недоступно",
        "ENODEV": "устройство недоступно",
        "ETIMEDOUT": "истекло время ожидания (сетевая папка не отвечает)",
        "invalid start byte": "недопустимый байт в начале символа",
        "invalid continuation byte": "недопустимый байт внутри символа",
        "unexpected end of data": "файл обрывается посреди символа",
    }
}

# How a value of the wrong type is described, for languages whose message pydantic does
# not write itself (its own message is English and more precise, so English keeps it).
TYPE_PROBLEMS: dict[Language, dict[str, str]] = {
    "ru": {
        "string": "ожидается текст",
        "int": "ожидается целое число",
        "float": "ожидается число",
        "bool": "ожидается true или false",
        "list": "ожидается список",
        "dict": "ожидается набор ключей со значениями",
        "model": "ожидается набор ключей со значениями",
    }
}

# The words a message puts in `{what}` or `{character}`, per language.
WORDS: dict[str, dict[Language, str]] = {
    "phrase": {"en": "phrase", "ru": "фразу"},
    "pattern": {"en": "pattern", "ru": "шаблон"},
    "examples": {"en": "example sentences", "ru": "примеры предложений"},
    # Appended to the title of a scenario saved as a copy (in the scenario's language).
    "copy_title_suffix": {"en": " (copy)", "ru": " (копия)"},
    # Joins the last two allowed values ("'L1', 'L2' or 'L3'").
    "or": {"en": " or ", "ru": " или "},
    # What `avoid_not_taken` says the rubric does not take.
    "critical_entries": {"en": "critical entries", "ru": "критические элементы"},
    "dimension_entries": {"en": "entries for dimension", "ru": "элементы для измерения"},
    "none_loaded": {"en": "none loaded", "ru": "ни одной не загружено"},
    "none": {"en": "none", "ru": "нет"},
    # Appended to `yaml_syntax` for the parser errors whose cause is a common slip.
    "hint_quote_colon": {
        "en": " (a value containing ': ' must be quoted)",
        "ru": " (значение, в котором есть ': ', нужно взять в кавычки)",
    },
    "hint_tabs": {
        "en": " (indent with spaces, not tabs)",
        "ru": " (делайте отступы пробелами, а не табуляцией)",
    },
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


def read_reason(reason: str, language: str, key: str = "") -> str:
    """Why a file could not be read, in `language`: the entry of `READ_REASONS` under
    `key` (an errno name) or under `reason` itself (the codec's words), else `reason`."""
    reasons = READ_REASONS.get(language, {})
    return reasons.get(key) or reasons.get(reason) or reason


def os_reason(error: OSError | ValueError, language: str) -> str:
    """Why opening or reading a path failed, in `language` (`read_reason` of the error)."""
    if isinstance(error, OSError):
        key = errno.errorcode.get(error.errno, "") if error.errno is not None else ""
        return read_reason(error.strerror or str(error), language, key)
    return str(error)  # a path Python refuses outright (a NUL byte in it)


def _pick(forms: dict[Language, str], language: str) -> str:
    return forms.get(language, forms[DEFAULT_LANGUAGE])


def declared_language(text: str) -> Language:
    """The language a file's top-level `language:` line names, else English; a language
    without messages of its own reads them in English (`say`)."""
    found = _LANGUAGE_LINE.search(text)
    return found.group(1) if found else DEFAULT_LANGUAGE
