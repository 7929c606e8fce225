"""One pass over a reply: tokens, lemmas, sentences and counts, shared by every check."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from coach.content.enums import Language
from coach.text.readability import reading_ease
from coach.text.sentences import Sentence, split_sentences
from coach.text.tokens import Token, tokenize

MIN_WORDS_FOR_READABILITY = 12


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
    lemma_positions: dict[str, list[int]] = field(repr=False)
    phrase_cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        return frozenset(self.lemma_positions)

    @cached_property
    def primary_positions(self) -> dict[str, list[int]]:
        """Like `lemma_positions`, by each token's most likely lemma and exact form only."""
        positions: dict[str, list[int]] = defaultdict(list)
        for index, token in enumerate(self.tokens):
            positions[token.lemmas[0]].append(index)
            positions[token.form].append(index)
        return dict(positions)

    @cached_property
    def primary_lemma_set(self) -> frozenset[str]:
        return frozenset(self.primary_positions)

    @property
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

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.first_token for s in self.sentences]

    def sentence_first_token(self, token_index: int) -> int:
        """Index of the first token of the sentence holding `token_index` (0 if none)."""
        at = bisect_right(self._sentence_starts, token_index) - 1
        return self.sentences[at].first_token if at >= 0 else 0

    def sentence_end_token(self, token_index: int) -> int:
        """One past the last token of the sentence holding `token_index`."""
        at = bisect_right(self._sentence_starts, token_index) - 1
        return self.sentences[at].end_token if at >= 0 else len(self.tokens)


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
    positions: dict[str, list[int]] = defaultdict(list)
    for index, token in enumerate(tokens):
        for lemma in token.lemmas:
            positions[lemma].append(index)
        positions[token.form].append(index)
    return Analysis(text, language, tokens, sentences, dict(positions))


def _attach_tokens(spans: tuple[Sentence, ...], tokens: tuple[Token, ...]) -> list[SentenceInfo]:
    result = []
    index = 0
    for span in spans:
        while index < len(tokens) and tokens[index].end <= span.start:
            index += 1
        first = index
        while index < len(tokens) and tokens[index].start < span.end:
            index += 1
        words = sum(1 for t in tokens[first:index] if t.kind == "word" and t.text[:1] not in "'’")
        result.append(SentenceInfo(span.start, span.end, first, index, words))
    return result
