"""Offline spell checker for every language with a profile: no downloads, no server.

pyspellchecker's frequency dictionaries decide what is a word, with each language's word
list and its profile's last word on the rest (`SpellingRules.also_known`): for Russian,
whose list is small, pymorphy3's dictionary (every inflection of ~400k lemmas) also
counts, so rare but correct forms are not flagged; English accepts British spellings.
What is never flagged: code-like tokens (`page_size`, URLs,
e-mail, paths, letters glued to a number such as `2xx`), numbers, words the scenario
accepts (product vocabulary, the customer's name), mid-sentence capitalised words (names
of people and products) and all-caps acronyms.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from coach.content.enums import Language
from coach.text.languages import bundled_word_list, profile, profiles
from coach.text.sentences import split_sentences
from coach.text.spelling.base import SpellIssue, SpellReport, SpellRequest
from coach.text.tokens import Token, tokenize

NAME = "offline"
_MAX_SUGGESTIONS = 3


@cache
def _dictionary(language: Language) -> Any:
    from spellchecker import SpellChecker  # noqa: PLC0415 - 0.15 s load for English

    return SpellChecker(language=profile(language).spelling.dictionary, distance=1)


class OfflineSpellChecker:
    """Dictionary-based spelling per language; see the module docstring for exemptions."""

    def __init__(self) -> None:
        self.name = NAME

    def check(self, request: SpellRequest) -> SpellReport:
        return SpellReport(backend=self.name, issues=tuple(find_misspellings(request)))


def find_misspellings(request: SpellRequest) -> list[SpellIssue]:
    tokens = tokenize(request.text, request.language)
    known = _KNOWN.setdefault(request.language, {})
    # Cheapest test first: nearly every word is in the dictionary (a plain dict lookup).
    unknown = [
        index
        for index, token in enumerate(tokens)
        if token.kind == "word" and not known.get(token.text, False)
    ]
    if not unknown:
        return []
    sentence_starts = {s.start for s in split_sentences(request.text, request.language)}
    accept = {word.lower() for word in request.accept}
    issues = []
    for index in unknown:
        token = tokens[index]
        if _is_known_word(token.text, request.language):
            if len(known) >= _MAX_KNOWN:
                known.clear()
            known[token.text] = True
            continue
        if not _should_check(token, index, tokens, sentence_starts, accept, request.text):
            continue
        language = _script_language(token.text, request.language)
        issues.append(
            SpellIssue(
                token.start,
                token.end,
                "spelling",
                f"“{token.text}” is not in the dictionary",
                suggestions=suggest(token.text, language),
                rule="offline-spelling",
            )
        )
    return issues


def _should_check(
    token: Token,
    index: int,
    tokens: Sequence[Token],
    sentence_starts: set[int],
    accept: set[str],
    text: str,
) -> bool:
    if not token.is_word or len(token.text) < 2 or token.text.startswith(("'", "’")):
        return False
    if token.text.lower().replace("’", "'") == "n't":
        return False
    if index + 1 < len(tokens) and tokens[index + 1].text.lower().startswith(("n'", "n’")):
        return False  # the "do" of "don't": checked as a contraction, not a word
    lower = token.text.lower()
    if lower in accept or token.lemma in accept:
        return False
    if _glued_to_number(tokens, index):
        return False
    if token.text.isupper() and len(token.text) <= 6:
        return False  # acronyms: API, VIP, SLA, ООО
    at_sentence_start = token.start in sentence_starts or _after_line_start(text, token.start)
    return not (token.text[0].isupper() and not at_sentence_start)


def _glued_to_number(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word touches a number with no space between them (`2xx`, `5xx`, `10ms`,
    `4GB`, `v2`): the tokenizer splits such a token in two, and its letters alone ("xx")
    are not a word to spell-check but part of a code-like token, like `page_size`."""
    token = tokens[index]
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (before is not None and before.kind == "number" and before.end == token.start) or (
        after is not None and after.kind == "number" and after.start == token.end
    )


# Words found in the dictionary, by language, as typed: the first test of every token on
# every keystroke, so a plain dict (cheaper than a two-argument lru_cache lookup).
_KNOWN: dict[Language, dict[str, bool]] = {}
_MAX_KNOWN = 100_000


def _is_known_word(word: str, default: Language) -> bool:
    # Not cached itself: `_KNOWN` keeps the (common) known words, `is_known` every verdict.
    # A Latin word in Russian text (a product, an English term) is checked in English,
    # and a Cyrillic word in English text in Russian: mixed-script replies are normal.
    return is_known(word.lower().replace("’", "'"), _script_language(word, default))


def _script_language(word: str, default: Language) -> Language:
    """The reply's language if it claims the word, else the first other language that
    does (`SpellingRules.claims`), else the reply's."""
    if profile(default).spelling.claims(word):
        return default
    return next((p.code for p in profiles() if p.spelling.claims(word)), default)


_LINE_LEAD = frozenset(" \t-*•>\"'«(")


def _after_line_start(text: str, position: int) -> bool:
    """Whether only list marks, quotes and spaces stand between the line's start and
    `position`. Scanned backwards from `position`, which stops at the first other
    character: looking for the line start first cost a search back to the previous line
    break for every token, quadratic on a long single-line paste."""
    at = position - 1
    while at >= 0 and text[at] in _LINE_LEAD:
        at -= 1
    return at < 0 or text[at] == "\n"


@cache
def _support_words(language: Language) -> frozenset[str]:
    """Support-work words the general dictionaries lack (the profile's word list:
    coach/data/wordlists/<code>.txt for the bundled languages)."""
    path = profile(language).spelling.word_list or bundled_word_list(language)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=100_000)
def is_known(word: str, language: Language) -> bool:
    dictionary = _dictionary(language).word_frequency.dictionary
    if word in dictionary or word in _support_words(language):
        return True
    if "-" in word and all(is_known(part, language) for part in word.split("-") if part):
        return True
    return profile(language).spelling.also_known(word, dictionary)


@lru_cache(maxsize=10_000)
def suggest(word: str, language: Language) -> tuple[str, ...]:
    """Up to three likely corrections, most frequent first, in the word's casing."""
    lower = word.lower()
    written_out = profile(language).spelling.texting.get(lower)
    if written_out is not None:
        return (written_out[:1].upper() + written_out[1:] if word[:1].isupper() else written_out,)
    checker = _dictionary(language)
    candidates = profile(language).spelling.candidates(lower, checker)
    frequency = checker.word_frequency.dictionary
    ranked = sorted((c for c in candidates if c != lower), key=lambda c: (-frequency.get(c, 0), c))
    fixed = ranked[:_MAX_SUGGESTIONS]
    if word[:1].isupper():
        fixed = [c[:1].upper() + c[1:] for c in fixed]
    return tuple(fixed)
