"""Judge a reply sentence by sentence: what each sentence does, by meaning.

Every sentence with words is embedded once (cached by its text) and scored by the role
heads. The result is kept with the reply's analysis, so all checks of one scoring pass
share it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from coach.content.enums import Language
from coach.scoring.judgement.heads import RoleHeads, load_heads
from coach.scoring.judgement.roles import NEGATIVE_ROLES, POSITIVE_ROLES, ROLES, Role
from coach.text.analysis import Analysis, analyze
from coach.text.embedding import DIMENSIONS, SentenceEncoder, Vectors, shared_encoder
from coach.text.hedges import hedged_sentences
from coach.text.negation import free_clauses, negated_sentences

# Above this a sentence is taken to do the role; trainers tune per check (`threshold`).
DEFAULT_THRESHOLD = 0.5
WARM_ROLES: tuple[Role, ...] = ("acknowledgement", "apology", "appreciation")
# What a reply says besides its courtesies: these need the scenario's backing.
FACT_ROLES: tuple[Role, ...] = ("explanation", "action_taken", "next_step")
COURTESY_ROLES: tuple[Role, ...] = ("greeting", *WARM_ROLES, "closing")
# One in this many of an entry's examples must play a role for it to be their stance.
STANCE_SHARE = 3
# What a claim does: says what was done or what happens next...
CLAIM_ROLES: tuple[Role, ...] = ("action_taken", "next_step")
# ...or promises: the over-promise head is this sure of far fewer true claims...
PROMISE_CUE = 0.3
# ...or the heads split their belief between those ("…SMS до июля будут за наш счёт":
# next step 0.44, over-promise 0.27). Level on the tuning parts against the two rules
# alone; at 0.5 the tuning parts lost up to 0.004 (fresh).
SPLIT_CLAIM = 0.7


@dataclass(frozen=True)
class JudgedSentence:
    """One sentence: its span, its vector and P(role) for each role."""

    start: int
    end: int
    text: str
    vector: Vectors
    probabilities: dict[Role, float]
    negativity: float

    def p(self, role: Role) -> float:
        return self.probabilities[role]

    def strongest_negative(self) -> tuple[Role, float]:
        role = max(NEGATIVE_ROLES, key=self.probabilities.__getitem__)
        return role, self.probabilities[role]

    def strongest_positive(self) -> tuple[Role, float]:
        role = max(POSITIVE_ROLES, key=self.probabilities.__getitem__)
        return role, self.probabilities[role]

    def is_negative(self, threshold: float = DEFAULT_THRESHOLD) -> bool:
        """Both the union head and the strongest negative role's head agree."""
        return min(self.negativity, self.strongest_negative()[1]) >= threshold

    def is_kind(self) -> bool:
        """Clearly warm (acknowledging, apologising, thanking) and clearly not negative: a
        listed phrase inside such a sentence ("I'm sorry you're dealing with it") is not the
        phrase it resembles. An explanation is not kind in this sense: jargon and wrong
        facts are explanations too."""
        warm = max(self.probabilities[r] for r in WARM_ROLES)
        return self.negativity < 0.2 and warm >= DEFAULT_THRESHOLD

    def is_courtesy(self) -> bool:
        """Greets, thanks, acknowledges, apologises or closes, and states nothing else."""
        p = self.probabilities
        return max(p[r] for r in COURTESY_ROLES) >= DEFAULT_THRESHOLD and not any(
            p[r] >= DEFAULT_THRESHOLD for r in FACT_ROLES
        )

    def is_claim(self) -> bool:
        """Says what was done, what happens next, or promises: a statement of fact about
        the customer's case that the scenario must back."""
        p = self.probabilities
        return (
            any(p[r] >= DEFAULT_THRESHOLD for r in CLAIM_ROLES)
            or p["over_promise"] >= PROMISE_CUE
            or sum(p[r] for r in (*CLAIM_ROLES, "over_promise")) >= SPLIT_CLAIM
        )


@dataclass(frozen=True)
class Judgement:
    sentences: tuple[JudgedSentence, ...]
    vectors: Vectors  # one row per sentence
    heads: RoleHeads
    language: str | None = None  # the reply's: a finding's "why" is in it

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def containing(self, position: int) -> JudgedSentence | None:
        """The sentence holding character `position` (every phrase match asks this)."""
        k = bisect_right(self._starts, position) - 1
        if k >= 0 and position < self.sentences[k].end:
            return self.sentences[k]
        return None

    def reason(self, sentence: JudgedSentence, role: Role) -> str:
        """The corpus example of `role` nearest in meaning, as the finding's "why"."""
        found = self.heads.nearest_exemplar(sentence.vector, role, self.language)
        return found[0] if found else ""


def judge(
    analysis: Analysis,
    *,
    encoder: SentenceEncoder | None = None,
    heads: RoleHeads | None = None,
) -> Judgement:
    """The judgement of `analysis`'s sentences, computed once per analysis."""
    if encoder is None and heads is None:
        return analysis.memo("judgement", _judge_shared)
    return _judge(analysis, encoder or shared_encoder(), heads or load_heads())


def _judge_shared(analysis: Analysis) -> Judgement:
    return _judge(analysis, shared_encoder(), load_heads())


def _judge(analysis: Analysis, encoder: SentenceEncoder, heads: RoleHeads) -> Judgement:
    spans = [(s.start, s.end) for s in analysis.sentences if s.end_token > s.first_token]
    texts = [analysis.text[a:b].strip() for a, b in spans]
    if not texts:
        return Judgement((), np.zeros((0, DIMENSIONS), dtype=np.float32), heads, analysis.language)
    vectors = encoder.embed(texts)
    negated = negated_sentences(analysis)
    x = heads.inputs(vectors, [a in negated for a, _ in spans], texts)
    probabilities = heads.probabilities(x)
    negativity = heads.negativity(x)
    hedged = hedged_sentences(analysis)
    if hedged:
        _unhedge(analysis, hedged, spans, encoder, heads, probabilities, negativity)
    judged = tuple(
        JudgedSentence(
            a,
            b,
            text,
            vectors[i],
            {role: float(probabilities[i, k]) for k, role in enumerate(ROLES)},
            float(negativity[i]),
        )
        for i, ((a, b), text) in enumerate(zip(spans, texts, strict=True))
    )
    return Judgement(judged, vectors, heads, analysis.language)


OVER_PROMISE = ROLES.index("over_promise")
OTHER_NEGATIVES = [ROLES.index(r) for r in NEGATIVE_ROLES if r != "over_promise"]


def _unhedge(
    analysis: Analysis,
    hedged: frozenset[int],
    spans: Sequence[tuple[int, int]],
    encoder: SentenceEncoder,
    heads: RoleHeads,
    probabilities: Vectors,
    negativity: Vectors,
) -> None:
    """In place: a hedged sentence ("I can't promise it will be fixed today") promises only
    what its clauses outside the hedge promise, each judged alone ("…, but it will be back
    by five" still does); its negativity drops with it unless another negative role holds
    it up. The heads hear "fixed today" and barely the "can't" (0.62 for this one)."""
    clauses = free_clauses(analysis, hedged)
    texts = [text for _, text in clauses]
    promised: dict[int, float] = dict.fromkeys(hedged, 0.0)
    if texts:
        x = heads.inputs(encoder.embed(texts), [False] * len(texts), texts)
        found = heads.probabilities(x)[:, OVER_PROMISE]
        starts = [a for a, _ in spans]
        for (start, _), p in zip(clauses, found, strict=True):
            holder = starts[bisect_right(starts, start) - 1]
            promised[holder] = max(promised.get(holder, 0.0), float(p))
    for i, (a, _) in enumerate(spans):
        if a not in promised:
            continue
        p = min(float(probabilities[i, OVER_PROMISE]), promised[a])
        probabilities[i, OVER_PROMISE] = p
        others = float(probabilities[i, OTHER_NEGATIVES].max())
        negativity[i] = min(float(negativity[i]), max(p, others))


@lru_cache(maxsize=512)
def stance_of(examples: tuple[str, ...], language: Language) -> frozenset[Role]:
    """The negative roles a trainer's example sentences play (each judged alone), e.g.
    over-promise for "I've refunded the full amount": what a reply sentence on the same
    subject must also do to say the same thing in other words. A role counts when at
    least a third of the examples play it: one example the heads misread ("Good news:
    you're an admin now, invite away." as condescension) must not lower the bar for every
    sentence of that role on the subject."""
    counts: Counter[Role] = Counter()
    for example in examples:
        played = set()
        for sentence in judge(analyze(example, language)).sentences:
            role, p = sentence.strongest_negative()
            if p >= DEFAULT_THRESHOLD:
                played.add(role)
        counts.update(played)
    return frozenset(role for role, n in counts.items() if n * STANCE_SHARE >= len(examples))


def preload_judgement() -> None:
    """Load the encoder and the heads now (about 1.5 s; the app does it in a worker thread
    at start) instead of on the first keystroke."""
    shared_encoder().preload()
    load_heads()


def similarities(vectors: Vectors, examples: Sequence[str], encoder: SentenceEncoder) -> Vectors:
    """Cosine of each sentence vector to each example sentence: (sentences, examples)."""
    if not examples or len(vectors) == 0:
        return np.zeros((len(vectors), len(examples)), dtype=np.float32)
    return vectors @ encoder.embed(list(examples)).T
