"""Sentences of a rewrite that state the same fact, found by meaning.

A rewrite joins the trainee's sentences with the trainers'; the two often say the same
thing in other words ("I've asked Tom to call you today before 4 pm." and "Here's what
I've done: Tom will phone you this afternoon, before 4 pm."). Word overlap misses those,
so the sentence encoder (through the judgement, which embeds every sentence it judges)
compares them; the key points a sentence carries decide which of a pair is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from coach.content.enums import Language
from coach.scoring.judgement.judge import judge
from coach.text.analysis import analyze
from coach.text.embedding import DIMENSIONS, Vectors

# Cosine of two sentence vectors above which they say the same thing. Measured on the
# bundled scenarios' trainer sentences: restatements of one fact score 0.69-0.87 (en and
# ru), different facts of one reply at most 0.42.
SAME_MEANING = 0.65
# Two sentences that carry the same key point restate it from 0.41 up (“Поэтому одобрить
# возврат сам я не могу.” / “…поэтому сам я вернуть деньги не могу.”); without a shared
# key point that closeness is only a shared topic.
SAME_FACT = 0.4
# Two sentences that carry exactly the same key points and nothing else the rubric counts
# say that point twice even further apart ("I'll stay here in the chat while you try
# it…", "I'll wait here with you.", "I'll stay here in case you need anything else!":
# 0.23-0.34); only unrelated sentences sit below this.
SAME_POINT_ONLY = 0.2


@dataclass(frozen=True)
class Statement:
    """A sentence (or a trainer's pair of sentences) of a rewrite and what it covers."""

    text: str
    key_points: frozenset[str]
    own: bool  # the trainee wrote it (their voice wins a tie)
    pinned: bool = False  # the reply's one greeting or closing: the other of a pair goes


def meaning(text: str, language: Language) -> Vectors:
    """One unit vector for `text`: the mean of its sentences' vectors, renormalised."""
    vectors = judge(analyze(text, language)).vectors
    if len(vectors) == 0:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    mean = vectors.mean(axis=0)
    result: Vectors = (mean / max(float(np.linalg.norm(mean)), 1e-9)).astype(np.float32)
    return result


def is_restatement(a: Statement, b: Statement, similarity: float) -> bool:
    """Whether `a` and `b` (with this cosine) state the same fact, or point to the same
    place in the product: "Выгрузить материалы можно в разделе «Настройки» → «Экспорт»"
    after "…можно в любой момент выгрузить в разделе «Настройки» → «Экспорт»" (0.32 apart
    by meaning) tells the customer the way twice."""
    if similarity >= SAME_MEANING:
        return True
    if bool(a.key_points & b.key_points) and similarity >= SAME_FACT:
        return True
    if a.key_points and a.key_points == b.key_points and similarity >= SAME_POINT_ONLY:
        return True
    return bool(_paths(a.text) & _paths(b.text))


# A way through the product's screens: two or more names joined by arrows.
_PATH = re.compile(r"[^\s→>]+(?:[^\S\n]*(?:→|->)[^\S\n]*[^\s→>.,;:!?]+)+")


def _paths(text: str) -> frozenset[str]:
    return frozenset(
        re.sub(r"[«»\"'“”„\s]", "", m.group()).replace("->", "→").casefold()
        for m in _PATH.finditer(text)
    )


def redundant(statements: Sequence[Statement], language: Language) -> set[int]:
    """Indexes of the statements to drop so that no two left state the same fact.

    Of a pair, the one whose key points the other covers goes; when each covers what the
    other does not, both stay (a fact is never lost to save a repeat). Between equals the
    trainee's own sentence stays, then the earlier one.
    """
    if len(statements) < 2:
        return set()
    vectors = np.stack([meaning(s.text, language) for s in statements])
    cosine = vectors @ vectors.T
    dropped: set[int] = set()
    for i, j in _pairs_closest_first(cosine):
        if i in dropped or j in dropped:
            continue
        a, b = statements[i], statements[j]
        if not is_restatement(a, b, float(cosine[i, j])):
            continue
        loser = _loser(i, a, j, b)
        if loser is not None:
            dropped.add(loser)
    return dropped


def _pairs_closest_first(cosine: Vectors) -> list[tuple[int, int]]:
    count = len(cosine)
    pairs = [(i, j) for i in range(count) for j in range(i + 1, count)]
    return sorted(pairs, key=lambda p: -float(cosine[p]))


def _loser(i: int, a: Statement, j: int, b: Statement) -> int | None:
    if a.pinned or b.pinned:
        if a.pinned and b.pinned:
            return None
        keep, other, other_index = (a, b, j) if a.pinned else (b, a, i)
        return other_index if other.key_points <= keep.key_points else None
    if b.key_points <= a.key_points and a.key_points <= b.key_points:
        if a.own != b.own:
            return j if a.own else i
        return j  # the later one repeats the earlier
    if b.key_points <= a.key_points:
        return j
    if a.key_points <= b.key_points:
        return i
    return None
