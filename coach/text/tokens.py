"""Word tokens with character offsets (Python code points) and their lemmas."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coach.content.enums import Language
from coach.text.code_spans import find_code_spans
from coach.text.lemmas import lemmatize

TokenKind = Literal["word", "number", "code"]

_LETTERS = r"[^\W\d_]"
_CLITIC = r"(?:ll|re|ve|m|d|s)"
# English clitics become their own tokens so "I'll" matches the phrase "I will" and
# "don't" carries a negation; hyphenated and apostrophe names (O'Brien, из-за) stay whole.
_TOKEN_RE = re.compile(
    rf"""
    (?P<stem>{_LETTERS}+?(?=n['’]t\b))
    | (?P<neg>n['’]t\b)
    | (?P<clitic>['’]{_CLITIC}\b)
    | (?P<word>{_LETTERS}+(?:-{_LETTERS}+)*(?:['’](?!{_CLITIC}\b|t\b){_LETTERS}+)*)
    | (?P<number>\d+(?:[.,:]\d+)*%?)
    """,
    re.VERBOSE,
)
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


@dataclass(frozen=True, slots=True)
class Token:
    """One token: `text[start:end]`, its kind and its possible lower-case lemmas."""

    start: int
    end: int
    text: str
    kind: TokenKind
    lemmas: tuple[str, ...]

    @property
    def lemma(self) -> str:
        """The most likely lemma."""
        return self.lemmas[0]

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenize(text: str, language: Language) -> list[Token]:
    """Tokens of `text` in order; code-like spans are kept as single `code` tokens."""
    tokens: list[Token] = []
    position = 0
    for start, end in find_code_spans(text):
        tokens.extend(_prose_tokens(text, position, start, language))
        raw = text[start:end]
        tokens.append(Token(start, end, raw, "code", (raw.strip("`").lower(),)))
        position = end
    tokens.extend(_prose_tokens(text, position, len(text), language))
    return tokens


def _prose_tokens(text: str, start: int, end: int, language: Language) -> list[Token]:
    result = []
    for match in _TOKEN_RE.finditer(text, start, end):
        raw = match.group()
        kind = match.lastgroup
        if kind == "number":
            result.append(Token(match.start(), match.end(), raw, "number", (raw,)))
            continue
        lower = raw.lower().replace("’", "'")
        if kind in ("neg", "clitic"):
            lemmas: tuple[str, ...] = (_CLITIC_LEMMAS.get(lower, lower),)
        elif kind == "stem" and lower in _STEM_LEMMAS:
            lemmas = (_STEM_LEMMAS[lower],)
        else:
            lemmas = lemmatize(lower, language)
        result.append(Token(match.start(), match.end(), raw, "word", lemmas))
    return result


def phrase_lemmas(phrase: str, language: Language) -> tuple[frozenset[str], ...]:
    """Per phrase word, the lemmas a reply token may have to match it (same pipeline)."""
    return tuple(frozenset(token.lemmas) for token in tokenize(phrase, language))
