"""One pass over a reply: tokens, lemmas, sentences and counts, shared by every check."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from coach.content.enums import Language
from coach.text.readability import reading_ease
from coach.text.sentences import Sentence, split_sentences
from coach.text.tokens import Token, tokenize

MIN_WORDS_FOR_READABILITY = 12


@dataclass(frozen=True)
class SentenceInfo:
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
    tokens: list[Token]
    sentences: list[SentenceInfo]
    lemma_positions: dict[str, list[int]] = field(repr=False)

    @property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)

    @cached_property
    def reading_ease(self) -> float | None:
        """Flesch reading ease (0 hard .. 100 easy), or None for text too short to judge."""
        if self.word_count < MIN_WORDS_FOR_READABILITY:
            return None
        return reading_ease(self.text, self.language)

    def sentence_of(self, token_index: int) -> SentenceInfo | None:
        for sentence in self.sentences:
            if sentence.first_token <= token_index < sentence.end_token:
                return sentence
        return None

    def is_blank(self) -> bool:
        return not self.text.strip()


def analyze(text: str, language: Language) -> Analysis:
    """Tokenise, lemmatise and split `text`; cheap enough for every keystroke."""
    tokens = tokenize(text, language)
    spans = split_sentences(text, language)
    sentences = _attach_tokens(spans, tokens)
    positions: dict[str, list[int]] = defaultdict(list)
    for index, token in enumerate(tokens):
        for lemma in token.lemmas:
            positions[lemma].append(index)
    return Analysis(text, language, tokens, sentences, dict(positions))


def _attach_tokens(spans: list[Sentence], tokens: list[Token]) -> list[SentenceInfo]:
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
