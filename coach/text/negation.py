"""Negation near a phrase match: "I don't understand" is not "I understand".

A negation word cancels a match when it comes within a few tokens before it, in the same
sentence and clause ("can't be 500, read the documentation": the comma ends its reach), or
inside the gap a match let in ("I can't promise" is not "I promise").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from coach.content.enums import Language
from coach.text.analysis import Analysis, SentenceInfo
from coach.text.languages import profile, profiles

NEGATION_WINDOW = 3


def negations(language: Language) -> frozenset[str]:
    """The lemmas that negate a nearby match in `language` (its profile's)."""
    return profile(language).negations


def clause_break() -> re.Pattern[str]:
    """Punctuation or a conjunction that ends a negation's reach.

    The conjunctions of every language count in every reply: mixed-language replies are
    normal, and a Russian "но" in an English reply still starts a new clause."""
    return _clause_break(tuple(word for p in profiles() for word in p.clause_words))


@cache
def _clause_break(words: tuple[str, ...]) -> re.Pattern[str]:
    conjunctions = "|".join(map(re.escape, words))
    return re.compile(rf"[,;:—–()]|\b(?:{conjunctions})\b", re.IGNORECASE)


class Negations:
    """The reply's negation tokens and, per phrase start, whether one reaches it; built
    once per analysis, since many phrases start at the same few words.

    It keeps the analysis's parts, not the analysis, which caches it: a reference cycle
    would leave every analysis to the garbage collector instead of reference counting."""

    def __init__(self, analysis: Analysis) -> None:
        words = negations(analysis.language)
        self.text = analysis.text
        self.clause_break = clause_break()
        self.tokens = analysis.tokens
        self.sentence_first_of = analysis.sentence_first_of
        self.bound_words = profile(analysis.language).bound_words
        # Negation words are lemmas, so the lemma index lists their tokens.
        found = analysis.lemma_positions
        self.positions = sorted({i for word in words for i in found.get(word, ())})
        self.before: dict[int, bool] = {}

    def negate(self, start: int, end: int) -> bool:
        """Whether the match from token `start` to `end` is negated."""
        positions = self.positions
        if not positions:
            return False
        if self.clitic_after(end):
            return True
        # Only a negation from the window before `start` up to `end` can count; most
        # matches have none there, which one bisection shows.
        nearest = bisect_left(positions, self._floor(start))
        if nearest == len(positions) or positions[nearest] >= end:
            return False
        return self.reaches(start) or self.inside(start, end)

    def clitic_after(self, last: int) -> bool:
        """A negation written onto the match's last word: "we can" in "we can't" (the
        tokeniser splits "ca" + "n't"), which is the opposite of the phrase."""
        following = last + 1
        if following >= len(self.tokens) or self.tokens[following].start != self.tokens[last].end:
            return False
        index = bisect_left(self.positions, following)
        return index < len(self.positions) and self.positions[index] == following

    def only_bounds(self, start: int) -> bool:
        """Whether every negation that reaches token `start` sets a limit rather than
        denying: "no more than 200", "not before Friday", "не больше 200"."""
        positions, tokens = self.positions, self.tokens
        window = slice(bisect_left(positions, self._floor(start)), bisect_left(positions, start))
        reaching = positions[window]
        if not reaching:
            return False
        return all(
            index + 1 < len(tokens) and not self.bound_words.isdisjoint(tokens[index + 1].lemmas)
            for index in reaching
        )

    def inside(self, first: int, last: int) -> bool:
        """A negation among the words a gap let in: "I can't promise" is not "I promise"."""
        return bisect_left(self.positions, last) > bisect_right(self.positions, first)

    def reaches(self, start: int) -> bool:
        """A negation in the few tokens before `start`, within the same sentence."""
        known = self.before.get(start)
        if known is None:
            known = self.before[start] = self._reaches(start)
        return known

    def _reaches(self, start: int) -> bool:
        positions, tokens = self.positions, self.tokens
        floor = self._floor(start)
        begin = tokens[start].start
        # "can't be 500, read the documentation": a clause break ends the negation's reach.
        for index in positions[bisect_left(positions, floor) : bisect_left(positions, start)]:
            if not self.clause_break.search(self.text, tokens[index].end, begin):
                return True
        return False

    def _floor(self, start: int) -> int:
        """The first token a negation may stand on to reach `start`: a few tokens back,
        never before its sentence."""
        return max(self.sentence_first_of[start], start - NEGATION_WINDOW)


def negations_of(analysis: Analysis) -> Negations:
    """The analysis's `Negations`, built on first use."""
    return analysis.memo("negations", Negations)


def negated_sentences(analysis: Analysis) -> frozenset[int]:
    """Start offsets of the sentences that hold a negation word anywhere: a statement
    matched by meaning ("I've refunded it") is not made by "we can't refund it"."""
    positions = negations_of(analysis).positions
    return frozenset(
        s.start for s in analysis.sentences if _any_between(positions, s.first_token, s.end_token)
    )


# A clause shorter than this ("sure", "of course") says too little to be matched by meaning.
MIN_CLAUSE_WORDS = 3
# A sentence this long may hide a statement among others (see `long_clauses`).
LONG_SENTENCE_WORDS = 16
# ...and a clause of it this long says something on its own.
LONG_CLAUSE_WORDS = 5


def free_clauses(analysis: Analysis, negated: frozenset[int]) -> list[tuple[int, str]]:
    """(start offset, text) of each clause, in the sentences that start at `negated`
    offsets, that no negation governs: "Don't worry: finance will purge your invoices
    too" still says "finance will purge your invoices too", which a whole-sentence match
    skips for the "don't" in front of it. A clause opened by a subordinator stays under
    the negation of the clause before it ("I can't promise that it arrives by Friday")."""
    if not negated:
        return []
    return [
        (piece.begin, piece.text)
        for sentence in analysis.sentences
        if sentence.start in negated
        for piece in _governed_pieces(analysis, sentence)
        if not piece.governed and len(piece.text.split()) >= MIN_CLAUSE_WORDS
    ]


def governed_at(analysis: Analysis, offset: int) -> bool:
    """Whether a negation governs the text at character `offset`: one earlier in its
    clause, or one that governs the clause a subordinate clause hangs on (before it, or
    short and after it: «обещать, что деньги придут до пятницы, я не могу»). "I can't promise
    it will be fixed before your demo" is too far from its "can't" for `Negations.reaches`
    but does not promise a fix."""
    sentence = _sentence_at(analysis, offset)
    starts = _negation_starts(analysis)
    if sentence is None or not _any_between(starts, sentence.start, sentence.end):
        return False
    pieces = _governed_pieces(analysis, sentence)
    k = _piece_at(analysis, sentence, offset)
    if k is None:
        return False
    return pieces[k].inherited or _any_between(starts, pieces[k].begin, offset)


def negated_by_a_later_clause(analysis: Analysis, offset: int) -> bool:
    """Whether the clause at character `offset` is followed, past any subordinate clauses,
    by one with a negation among its first few words: «Обещать, что всё заработает к демо,
    я не могу» (Russian puts the negated modal last)."""
    sentence = _sentence_at(analysis, offset)
    if sentence is None:
        return False
    pieces = _governed_pieces(analysis, sentence)
    k = _piece_at(analysis, sentence, offset)
    if k is None:
        return False
    starts = _negation_starts(analysis)
    for index in range(k + 1, len(pieces)):
        piece = pieces[index]
        if piece.dependent:
            continue
        head = " ".join(piece.text.split()[:TRAILING_NEGATION_WORDS])
        return _any_between(starts, piece.begin, piece.begin + len(head))
    return False


def _negation_starts(analysis: Analysis) -> list[int]:
    """Character offsets of the reply's negation tokens, in order (once per analysis:
    every pattern match and promise word asks)."""
    return analysis.memo(
        "negation-starts", lambda a: [a.tokens[i].start for i in negations_of(a).positions]
    )


def _sentence_at(analysis: Analysis, offset: int) -> SentenceInfo | None:
    """The sentence holding character `offset`, by bisection."""
    starts = analysis.memo("sentence-starts", lambda a: [s.start for s in a.sentences])
    k = bisect_right(starts, offset) - 1
    if k >= 0 and offset < analysis.sentences[k].end:
        return analysis.sentences[k]
    return None


class Piece(NamedTuple):
    """A clause piece of a sentence and how negation reaches it."""

    begin: int
    text: str
    governed: bool  # it holds a negation or inherits one
    inherited: bool  # governed without its own negation
    dependent: bool  # opened by a subordinator ("that it arrives by Friday")


def _governed_pieces(analysis: Analysis, sentence: SentenceInfo) -> list[Piece]:
    """Each clause piece of `sentence`: governed when it holds a negation, or is
    subordinate to a governed piece or to a short negated one after it."""
    return _pieces_and_begins(analysis, sentence)[0]


def _pieces_and_begins(analysis: Analysis, sentence: SentenceInfo) -> tuple[list[Piece], list[int]]:
    """The pieces and their start offsets, built once per sentence: every pattern match
    and promise word in it asks."""
    cache = analysis.memo("governed-pieces", lambda _: dict[int, tuple[list[Piece], list[int]]]())
    found = cache.get(sentence.start)
    if found is None:
        pieces = _pieces(analysis, sentence)
        found = cache[sentence.start] = (pieces, [p.begin for p in pieces])
    return found


def _pieces(analysis: Analysis, sentence: SentenceInfo) -> list[Piece]:
    starts = _negation_starts(analysis)
    subordinators = profile(analysis.language).subordinators
    pieces = [
        (begin, stripped, _any_between(starts, begin, begin + len(stripped)))
        for begin, stripped in clause_pieces(analysis.text, sentence)
    ]
    dependent = [
        stripped.split()[0].lower().strip("«\"'") in subordinators for _, stripped, _ in pieces
    ]
    after = _negated_after(pieces, dependent)
    result: list[Piece] = []
    governed = False
    for k, (begin, stripped, has_negation) in enumerate(pieces):
        inherited = dependent[k] and (governed or after[k])
        governed = has_negation or inherited
        result.append(Piece(begin, stripped, governed, inherited, dependent[k]))
    return result


def _piece_at(analysis: Analysis, sentence: SentenceInfo, offset: int) -> int | None:
    """The index of the piece of `sentence` holding character `offset`, by bisection."""
    pieces, begins = _pieces_and_begins(analysis, sentence)
    k = bisect_right(begins, offset) - 1
    if k >= 0 and offset < pieces[k].begin + len(pieces[k].text):
        return k
    return None


# A piece this short after a subordinate clause is the verb's own negation put last:
# «обещать, что деньги придут до пятницы, я не буду».
TRAILING_NEGATION_WORDS = 3


def _negated_after(pieces: Sequence[tuple[int, str, bool]], dependent: list[bool]) -> list[bool]:
    """Per piece: whether the next piece after it that is not subordinate is short and
    negated (a negation that comes after a subordinate clause governs it). One pass from
    the end: a long run of subordinate pieces is not scanned once per piece."""
    result = [False] * len(pieces)
    following = False
    for k in range(len(pieces) - 1, -1, -1):
        result[k] = following
        _, stripped, has_negation = pieces[k]
        if not dependent[k]:
            following = has_negation and len(stripped.split()) <= TRAILING_NEGATION_WORDS
    return result


def long_clauses(analysis: Analysis, negated: frozenset[int]) -> list[tuple[int, str]]:
    """The independent clauses of at least five words in the other sentences that have
    more than one: "To make this right, I've waived your SMS fees for the quarter, and Tom
    will call you at 3" hides a forbidden promise that the whole sentence is too far from
    the examples to show. Shorter or subordinate pieces ("when a project is deleted") are
    too far from a statement to judge alone, and so are the pieces of a shorter sentence:
    "Type one of your backup codes (you saved them …)" is not "send me your code"."""
    text = analysis.text
    others = frozenset(s.start for s in analysis.sentences if _is_long(text, s)) - negated
    whole = {(s.start, text[s.start : s.end].strip()) for s in analysis.sentences}
    subordinators = profile(analysis.language).subordinators
    return [
        (start, clause)
        for start, clause in free_clauses(analysis, others)
        if (start, clause) not in whole
        and len(words := clause.split()) >= LONG_CLAUSE_WORDS
        and words[0].lower() not in subordinators
    ]


def pieces_of_long_sentences(analysis: Analysis) -> list[tuple[int, str]]:
    """Every clause of five words or more of the sentences of `LONG_SENTENCE_WORDS` or
    more, negated or subordinate ones too: what a long sentence says besides its gist."""
    text = analysis.text
    return [
        (begin, piece)
        for sentence in analysis.sentences
        if _is_long(text, sentence)
        for begin, piece in clause_pieces(text, sentence)
        if len(piece.split()) >= LONG_CLAUSE_WORDS
    ]


def _is_long(text: str, sentence: SentenceInfo) -> bool:
    return len(text[sentence.start : sentence.end].split()) >= LONG_SENTENCE_WORDS


def clause_pieces(text: str, sentence: SentenceInfo) -> Iterator[tuple[int, str]]:
    """(start offset, text) of each non-empty piece of `sentence` between clause breaks,
    without the punctuation around it."""
    cuts = [m.start() for m in clause_break().finditer(text, sentence.start, sentence.end)]
    for cut, end in itertools.pairwise([sentence.start, *cuts, sentence.end]):
        piece = text[cut:end]
        stripped = piece.lstrip(",;:—–() ")
        begin = cut + len(piece) - len(stripped)
        stripped = stripped.rstrip()
        if stripped:
            yield begin, stripped


def denying_sentences(analysis: Analysis) -> frozenset[int]:
    """Start offsets of the sentences holding a negation that denies rather than sets a
    limit: "the reminders can't be resent", not "no more than 200 per page". Built once
    per analysis: every key point asks."""
    return analysis.memo("denying-sentences", _denying_sentences)


def _denying_sentences(analysis: Analysis) -> frozenset[int]:
    negations_found = negations_of(analysis)
    tokens = negations_found.tokens
    bounds = negations_found.bound_words
    denying = [
        i
        for i in negations_found.positions
        if i + 1 >= len(tokens) or bounds.isdisjoint(tokens[i + 1].lemmas)
    ]
    return frozenset(
        s.start for s in analysis.sentences if _any_between(denying, s.first_token, s.end_token)
    )


def _any_between(ordered: list[int], low: int, high: int) -> bool:
    """Whether sorted `ordered` holds a value in [low, high): one bisection, so a reply
    with a negation in every sentence stays linear."""
    index = bisect_left(ordered, low)
    return index < len(ordered) and ordered[index] < high


def as_sentence(clause: str, language: str) -> str:
    """A clause cut out of a sentence, written as the sentence it would be on its own:
    without the word that joined it to the clause before, capitalised, with a full stop.
    The encoder puts "and I've been told the patch goes out on Thursday" 0.61 from "I've
    been told the fix goes live on Thursday.", and "I've been told the patch goes out on
    Thursday." 0.72."""
    openers = profile(language).clause_openers
    text = clause.strip(" \t\n,;:—–-")
    first, _, rest = text.partition(" ")
    if rest and first.lower() in openers:
        text = rest.lstrip(" ,")
    if not text:
        return clause
    if text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]
