"""Word tokens with character offsets (Python code points) and their lemmas."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, NamedTuple

from coach.content.enums import Language
from coach.text.code_spans import find_code_spans
from coach.text.lemmas import lemmatize

TokenKind = Literal["word", "number", "code"]

_LETTERS = r"[^\W\d_]"
_CLITIC = r"(?:ll|re|ve|m|d|s)"
# English clitics become their own tokens so "I'll" matches the phrase "I will" and
# "don't" carries a negation; hyphenated and apostrophe names (O'Brien, из-за) stay whole.
_PLAIN_TOKENS = rf"""
    (?P<clitic>['’]{_CLITIC}\b)
    | (?P<word>{_LETTERS}+(?:-{_LETTERS}+)*(?:['’](?!{_CLITIC}\b|t\b){_LETTERS}+)*)
    | (?P<number>\d+(?:[.,:]\d+)*%?)
    """
_TOKEN_RE = re.compile(
    rf"""
    (?P<stem>{_LETTERS}+?(?=n['’]t\b))
    | (?P<neg>n['’]t\b)
    | {_PLAIN_TOKENS}
    """,
    re.VERBOSE,
)
# The same tokens for text without "n't" (the lazy stem lookahead costs a third of the
# scan, and most replies have no such contraction), without groups: `findall` then
# returns the tokens' text.
_PLAIN_WORDS = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _PLAIN_TOKENS), re.VERBOSE)
_NEGATED_CONTRACTION = re.compile(r"n['’]t")
# Marks that are never part of a token (no letter, digit, apostrophe, hyphen or percent):
# "Daniel," and "(today)." hold one word each, found without the token pattern.
_OUTER_PUNCTUATION = '.,;:!?()[]{}"«»„“”…'
_CLITIC_LEMMAS = {
    "n't": "not",
    "'ll": "will",
    "'re": "be",
    "'ve": "have",
    "'m": "be",
    "'d": "would",
    "'s": "be",
}
_STEM_LEMMAS = {"ca": "can", "wo": "will", "sha": "shall"}


class Token(NamedTuple):
    """One token: `text[start:end]`, its kind and its possible lower-case lemmas.

    A NamedTuple rather than a frozen dataclass: a reply makes hundreds of tokens per
    keystroke and tuple construction is several times cheaper.
    """

    start: int
    end: int
    text: str
    kind: TokenKind
    lemmas: tuple[str, ...]
    form: str = ""  # "=" + the exact lower-case form, for `=form` phrase words
    # What a phrase word may match this token by: every lemma and the exact form, or (for
    # strict matching) the most likely lemma and the form. Shared per distinct word.
    keys: frozenset[str] = frozenset()
    primary_keys: frozenset[str] = frozenset()

    @property
    def lemma(self) -> str:
        """The most likely lemma."""
        return self.lemmas[0]

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


@lru_cache(maxsize=64)
def tokenize(text: str, language: Language) -> tuple[Token, ...]:
    """Tokens of `text` in order; code-like spans are kept as single `code` tokens.

    Cached: the analysis, the spell checker and the name check all tokenise the same reply.
    """
    tokens: list[Token] = []
    position = 0
    # "n't" needs the pattern whose groups tell a stem ("do" of "don't") from a word.
    prose = _grouped_tokens if _NEGATED_CONTRACTION.search(text) else _plain_tokens
    for start, end in find_code_spans(text):
        prose(tokens, text, position, start, language)
        raw = text[start:end]
        info = _with_keys("code", _code_lemmas(raw), exact_form(raw))
        tokens.append(Token(start, end, raw, *info))
        position = end
    prose(tokens, text, position, len(text), language)
    return tuple(tokens)


def _code_lemmas(raw: str) -> tuple[str, ...]:
    """`page_size=200` also reads as `page_size` and `200`, so key points naming the
    parameter or the value match it."""
    whole = raw.strip("`").lower()
    parts = [p for p in re.split(r"[=&?]", whole) if p]
    return tuple(dict.fromkeys([whole, *parts])) if len(parts) > 1 else (whole,)


WordInfo = tuple[TokenKind, tuple[str, ...], str, frozenset[str], frozenset[str]]
# Everything of a Token but its offsets: (text, *WordInfo).
TokenTail = tuple[str, TokenKind, tuple[str, ...], str, frozenset[str], frozenset[str]]
# Word facts by language, then by the token pattern's group ("do" is a word alone but the
# stem of "don't"), then by the word as typed: string keys, whose hashes Python caches.
_WORD_INFO: dict[Language, dict[str | None, dict[str, WordInfo]]] = {}
# The same for text without "n't", where the word itself tells its group: one lookup.
_PLAIN_TAILS: dict[Language, dict[str, TokenTail]] = {}
_MAX_CACHED_WORDS = 200_000


def _plain_tokens(tokens: list[Token], text: str, start: int, end: int, language: Language) -> None:
    """Append the prose tokens of `text[start:end]` (a text without "n't").

    The hot loop of every keystroke. No token spans white space, so the text is cut at
    white space (`str.split`, in C) and a chunk of letters only, once outer punctuation is
    stripped ("Daniel,"), is one word token with no regex at all; the other chunks
    ("page_size.", "O'Brien", "2026-11-02") go through the token pattern. `str.find` places
    each chunk and token (what lies between is white space or holds no letter or digit),
    and per-word facts come from a plain dict.
    """
    new = tuple.__new__
    tails = _PLAIN_TAILS.get(language)
    if tails is None:
        tails = _PLAIN_TAILS[language] = {}
    findall = _PLAIN_WORDS.findall
    position = start
    segment = text if start == 0 and end == len(text) else text[start:end]
    for chunk in segment.split():
        position = text.find(chunk, position)
        after = position + len(chunk)
        core = chunk.strip(_OUTER_PUNCTUATION)
        for raw in (core,) if core.isalpha() else findall(text, position, after):
            tail = tails.get(raw)
            if tail is None:
                if len(tails) >= _MAX_CACHED_WORDS:
                    tails.clear()
                tail = tails[raw] = (raw, *_word_info(raw, _plain_group(raw), language))
            position = text.find(raw, position)
            finish = position + len(raw)
            # Concatenated, not unpacked: compiled, unpacking builds a list first.
            tokens.append(new(Token, (position, finish) + tail))  # noqa: RUF005
            position = finish
        position = after


def _plain_group(raw: str) -> str:
    """Which alternative of `_PLAIN_TOKENS` matched `raw`: a clitic starts with an
    apostrophe, a number with a decimal digit (what `\\d` matches), a word with a letter."""
    if raw[0] in "'’":
        return "clitic"
    return "number" if raw[0].isdecimal() else "word"


def _grouped_tokens(
    tokens: list[Token], text: str, start: int, end: int, language: Language
) -> None:
    """Append the prose tokens of `text[start:end]` for a text with "n't"."""
    new = tuple.__new__
    append = tokens.append
    by_group = _WORD_INFO.setdefault(language, {})
    for m in _TOKEN_RE.finditer(text, start, end):
        raw = m.group()
        group = m.lastgroup
        cache = by_group.get(group)
        if cache is None:
            cache = by_group[group] = {}
        info = cache.get(raw)
        if info is None:
            if len(cache) >= _MAX_CACHED_WORDS:
                cache.clear()
            info = cache[raw] = _word_info(raw, group or "word", language)
        append(new(Token, (*m.span(), raw, *info)))


def exact_form(raw: str) -> str:
    return "=" + raw.lower().replace("ё", "е").replace("’", "'")


def _word_info(raw: str, group: str, language: Language) -> WordInfo:
    """Kind, lemmas, exact form and match keys of one token (cached by the caller)."""
    form = exact_form(raw)
    if group == "number":
        return _with_keys("number", (raw,), form)
    lower = raw.lower().replace("’", "'")
    if group in ("neg", "clitic"):
        return _with_keys("word", (_CLITIC_LEMMAS.get(lower, lower),), form)
    if group == "stem" and lower in _STEM_LEMMAS:
        return _with_keys("word", (_STEM_LEMMAS[lower],), form)
    return _with_keys("word", lemmatize(lower, language), form)


def _with_keys(kind: TokenKind, lemmas: tuple[str, ...], form: str) -> WordInfo:
    return kind, lemmas, form, frozenset((*lemmas, form)), frozenset((lemmas[0], form))


def phrase_lemmas(phrase: str, language: Language) -> tuple[frozenset[str], ...]:
    """Per phrase word, the readings a reply token may have to match it (same pipeline).

    A word written `=form` stands for that exact form ("=ждите"), not its lemma.
    """
    result = []
    for word in phrase.split():
        if word.startswith("=") and len(word) > 1:
            result.append(frozenset({"=" + word[1:].lower().replace("ё", "е")}))
        else:
            result += [frozenset(token.lemmas) for token in tokenize(word, language)]
    return tuple(result)
