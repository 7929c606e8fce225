"""Russian: pymorphy3 lemmas and inflection, pyspellchecker's list backed by pymorphy3's
dictionary, Oborneva's Flesch adaptation with pyphen syllables, razdel sentences."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from coach.text.languages.profile import (
    FleschConstants,
    LanguageProfile,
    SpellingRules,
)

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")

GRAMMEMES = frozenset(
    {"nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur", "masc", "femn", "neut"}
)


@cache
def morph_analyzer() -> Any:
    """The shared pymorphy3 analyser (loaded on first use: ~40 ms)."""
    import pymorphy3  # noqa: PLC0415 - only when Russian text appears

    return pymorphy3.MorphAnalyzer()


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def lemmatize(lower: str) -> tuple[str, ...]:
    """Every pymorphy3 reading's normal form, with `е` for `ё`.

    Russian forms are often ambiguous ("исправим" is a verb of "исправить" and a short
    adjective of "исправимый"); keeping every reading lets a lexicon entry match whichever
    one the trainer meant. Unknown words, and words without Cyrillic, map to themselves.
    """
    lower = lower.replace("ё", "е")
    if not _has_cyrillic(lower):
        return (lower,)
    try:
        parses = morph_analyzer().parse(lower)
    except ValueError:
        # pymorphy3 asks `unicodedata.name` about every character of a word it does
        # not know, which raises for unnamed code points ("день𗻑ж"): such a word is
        # no dictionary form, so it stands for itself, and the reply still scores.
        return (lower,)
    forms = [str(p.normal_form).replace("ё", "е") for p in parses]
    return tuple(dict.fromkeys(forms)) or (lower,)


def is_known(word: str) -> bool:
    """Whether pymorphy3's dictionary knows this Russian form (any inflection)."""
    try:
        return bool(morph_analyzer().word_is_known(word.lower()))
    except ValueError:  # as in `lemmatize`: a character pymorphy3 cannot name
        return False


def _known_inflection(word: str, dictionary: Mapping[str, int]) -> bool:
    # pyspellchecker's Russian list is small (~20k forms): pymorphy3's dictionary (every
    # inflection of ~400k lemmas) also counts, so rare but correct forms are not flagged.
    return is_known(word)


def _known_one_edit(word: str, checker: Any) -> set[str]:
    # pymorphy3 knows every inflection, so it decides which one-edit variants are words.
    return {c for c in checker.edit_distance_1(word) if is_known(c)}


def inflect(text: str, grammemes: frozenset[str]) -> str:
    """`text` with its leading noun phrase inflected to `grammemes` (casing kept).

    A trainer's replacement can say `{1:datv}`: "capture group 1, in the dative".
    Adjectives and the first noun change ("новый тариф" -> "новому тарифу"); words after
    the head noun are its dependents and keep their form ("службе поддержки"); words
    pymorphy3 cannot inflect stay as written.
    """
    unknown = grammemes - GRAMMEMES
    if unknown:
        raise ValueError(f"unknown grammeme(s): {', '.join(sorted(unknown))}")
    head_seen = False

    def one(match: re.Match[str]) -> str:
        nonlocal head_seen
        word = match.group()
        if head_seen:
            return word
        parsed = morph_analyzer().parse(word.lower())[0]
        if parsed.tag.POS == "NOUN":
            head_seen = True
        elif parsed.tag.POS not in {"ADJF", "PRTF", "NUMR", "NPRO"}:
            return word
        form = parsed.inflect(set(grammemes))
        if form is None:
            return word
        result = str(form.word)
        if word[:1].isupper():
            result = result[:1].upper() + result[1:]
        return result

    return _CYRILLIC_WORD.sub(one, text)


@lru_cache(maxsize=4096)
def _infinitive_or_noun(lower: str) -> bool:
    """«обещать», «гарантий»: forms a negation after them governs; «обещаю» is the promise."""
    return morph_analyzer().parse(lower)[0].tag.POS in {"INFN", "NOUN"}


PROFILE = LanguageProfile(
    code="ru",
    name="Russian",
    script="Cyrillic",
    letters=re.compile(r"[\u0400-\u04FF]"),
    common_words=frozenset({"и", "в", "не", "на", "что", "вы", "мы", "с", "по", "это", "для"}),
    lemmatize=lemmatize,
    negations=frozenset({"не", "нет", "ни", "никогда", "никак", "ничто", "без", "нельзя"}),
    clause_words=("но", "однако", "зато", "хотя"),
    clause_openers=frozenset({"и", "а", "но", "однако", "зато", "хотя", "или", "поэтому", "так"}),
    bound_words=frozenset(
        {"больше", "меньше", "более", "менее", "позже", "позднее", "дольше", "раньше", "свыше"}
        | {"превышать", "до", "ранее", "чем"}
    ),
    subordinators=frozenset(
        {"что", "чтобы", "когда", "ли", "как", "где", "куда", "почему", "зачем", "если", "пока"}
    ),
    promise_words=frozenset(
        {"обещать", "пообещать", "гарантировать", "ручаться", "поручиться", "обещание"}
        | {"гарантия", "уверять", "заверить", "заверять"}
    ),
    governed_from_after=_infinitive_or_noun,
    # razdel knows Russian abbreviations ("т. е.", "и т. д."): nothing to merge back.
    abbreviations=None,
    # textstat 0.7's constants for "ru" (Oborneva), unchanged, so scores stay comparable.
    flesch=FleschConstants(206.835, 1.3, 60.1, pyphen="ru"),
    spelling=SpellingRules(
        dictionary="ru",
        # Any Cyrillic letter makes a word Russian, even with Latin look-alikes in it.
        claims=_has_cyrillic,
        also_known=_known_inflection,
        candidates=_known_one_edit,
        texting={
            "лол": "",
            "спс": "спасибо",
            "пжл": "пожалуйста",
            "пж": "пожалуйста",
            "плз": "пожалуйста",
            "щас": "сейчас",
            "ща": "сейчас",
            "чё": "что",
            "кст": "кстати",
            "мб": "может быть",
            "оч": "очень",
            "норм": "нормально",
        },
    ),
    languagetool_code="ru-RU",
    probe="Спасибо за ваше терпение.",
    default_rubric="support-ru",
    inflect=inflect,
    messages={
        "store.permission_denied": (
            "Вашей учётной записи в базе истории {where} это не разрешено ({detail}); ничего "
            "не записано. Учётная запись стажёра сохраняет и читает только свои попытки и "
            "черновики; для отзывов и истории всех стажёров нужна учётная запись тренера. "
            "Если вам нужно больше прав, обратитесь к администратору базы данных."
        ),
        "store.upgrade_needed": (
            "Базу истории {where} нужно обновить для этой версии Reply Coach (схема "
            "{current} → {wanted}), а вашей учётной записи это не разрешено. Попросите "
            "тренера или администратора базы данных выполнить `coach db upgrade --database "
            "URL` от имени владельца базы. Пока можно тренироваться: черновики хранятся на "
            "этом компьютере, отправленные попытки тоже — до тех пор, пока их можно будет "
            "сохранить."
        ),
        "score.held": (
            "Общий балл удерживает замечание: одна такая фраза перевешивает весь остальной ответ."
        ),
        "score.held_by": (
            "«{quote}» удерживает общий балл: одна такая фраза перевешивает весь остальной ответ."
        ),
        "empty_reply": "Напишите ответ клиенту: пустой ответ не оценивается.",
        "delete_suggestion": "Удалить «{quote}»",
        "rewrite.empty": "Сначала напишите ответ: переписывать пока нечего.",
        "rewrite.needs_scenario": (
            "Без сценария переписать не получится: одна рубрика не сделала ответ лучше "
            "(лучший вариант: {after:.0f}, ваш: {before:.0f}). Выберите сценарий — "
            "предложения возьмутся из примеров тренеров."
        ),
        "rewrite.not_higher": (
            "Вариант не предложен: лучший найденный набирает {after:.0f}, не больше "
            "ваших {before:.0f}."
        ),
        "rewrite.below_good": (
            "Вариант не предложен: лучший найденный набирает {after:.0f}, ниже уровня "
            "«{band}» ({floor:.0f}). Воспользуйтесь подсказками к замечаниям."
        ),
        "rewrite.already_best": (
            "Ваш ответ уже набирает {before:.0f} («{band}»); ни один вариант не набрал больше."
        ),
    },
)
