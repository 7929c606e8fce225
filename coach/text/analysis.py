"""One pass over a reply: tokens, lemmas, sentences and counts, shared by every check."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any, NamedTuple, TypeVar, cast

from coach.content.enums import Language
from coach.text.readability import reading_ease
from coach.text.sentences import Sentence, split_sentences
from coach.text.tokens import Token, tokenize

MIN_WORDS_FOR_READABILITY = 12
T = TypeVar("T")


class SentenceInfo(NamedTuple):
    """A sentence span and the indexes of its tokens in `Analysis.tokens`."""

    start: int
    end: int
    first_token: int
    end_token: int
    word_count: int


@dataclass
class Analysis:
    """Language-aware facts about one text; computed once, read by every check."""

    text: str
    language: Language
    tokens: tuple[Token, ...]
    sentences: list[SentenceInfo]
    # Token indexes by every lemma and exact form of each token, and those keys as a set;
    # the most likely lemmas and exact forms only, as a set (for strict matching, which
    # finds its positions among `lemma_positions`).
    lemma_positions: dict[str, list[int]] = field(repr=False)
    lemma_set: frozenset[str] = field(repr=False)
    primary_lemma_set: frozenset[str] = field(repr=False)
    # Per token: the first token of its sentence, and one past the sentence's last token.
    sentence_first_of: list[int] = field(repr=False)
    sentence_end_of: list[int] = field(repr=False)
    # What other modules derive from the reply on first use, by key: `memo` entries, and the
    # phrase matcher's scans by (gap, strictness).
    derived: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, build: Callable[[Analysis], T]) -> T:
        """`build(self)`, computed on first use and kept with this analysis under `key`:
        for facts another module derives from the reply (its negations, its long words)."""
        found = self.derived.get(key)
        if found is None:
            found = self.derived[key] = build(self)
        return cast(T, found)

    @cached_property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)

    @cached_property
    def reading_ease(self) -> float | None:
        """Flesch reading ease (0 hard .. 100 easy), or None for text too short to judge."""
        if self.word_count < MIN_WORDS_FOR_READABILITY:
            return None
        words = [t.text for t in self.tokens if t.kind == "word" and t.text[:1] not in "'’"]
        sentences = sum(1 for s in self.sentences if s.word_count)
        return reading_ease(words, sentences, self.language)


@lru_cache(maxsize=32)
def analyze(text: str, language: Language) -> Analysis:
    """Tokenise, lemmatise and split `text`; cheap enough for every keystroke.

    Cached: on each keystroke the scorer, the suggestions and the rewrite all read the same
    text, and share one analysis (with its phrase matches) instead of building three. Its
    contents are a pure function of (text, language), so sharing is safe.
    """
    tokens = tokenize(text, language)
    spans = split_sentences(text, language)
    sentences = _attach_tokens(spans, tokens)
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        for key in token.keys:
            # A plain dict, not a defaultdict: compiled, its methods are direct C calls.
            found = positions.get(key)
            if found is None:
                positions[key] = [index]
            else:
                found.append(index)
    first_of, end_of = _sentence_bounds(sentences, len(tokens))
    return Analysis(
        text,
        language,
        tokens,
        sentences,
        positions,
        frozenset(positions),
        frozenset().union(*map(_PRIMARY_KEYS, tokens)),
        first_of,
        end_of,
    )


_PRIMARY_KEYS = itemgetter(Token._fields.index("primary_keys"))


def _sentence_bounds(sentences: list[SentenceInfo], count: int) -> tuple[list[int], list[int]]:
    """Per token, its sentence's first token and end token. A token before the first
    sentence (none in practice) belongs to a pseudo-sentence spanning the whole text."""
    first_of = [0] * count
    end_of = [count] * count
    for k, sentence in enumerate(sentences):
        first = sentence.first_token
        # A sentence owns its tokens up to the next sentence's first one; of two sentences
        # starting at the same token (an empty one), the later wins.
        upto = sentences[k + 1].first_token if k + 1 < len(sentences) else count
        first_of[first:upto] = [first] * (upto - first)
        end_of[first:upto] = [sentence.end_token] * (upto - first)
    return first_of, end_of


def _attach_tokens(spans: tuple[Sentence, ...], tokens: tuple[Token, ...]) -> list[SentenceInfo]:
    """Each sentence with its token range and word count (bisected, not walked: this runs
    on every keystroke)."""
    starts = list(map(_START, tokens))
    ends = list(map(_END, tokens))
    # What is not a word (numbers, code, clitics such as 's) is rare: count it, not words.
    others = [i for i, t in enumerate(tokens) if t.kind != "word" or t.text[:1] in "'’"]
    result = []
    index = 0
    for span in spans:
        first = max(index, bisect_right(ends, span.start))
        index = max(first, bisect_left(starts, span.end))
        words = index - first - (bisect_left(others, index) - bisect_left(others, first))
        result.append(SentenceInfo(span.start, span.end, first, index, words))
    return result


_START = itemgetter(0)
_END = itemgetter(1)
