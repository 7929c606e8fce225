"""`key_points`: the reply covers what this scenario's customer needs to hear.

Each key point matches by phrase (`key_point_phrases`) or, failing that, by meaning: a
reply sentence close to one of the sentences that say it (`key_point_meaning`: its
`examples`, its description, the trainers' good examples). The score is the covered share
of key-point weight. Not applicable without a scenario.

A negation that denies cancels a key point ("the reminders can't be resent" does not say
they were resent), by phrase and by meaning; one that sets a limit does not: "не больше
200" and "no more than 200" state the limit. A sentence judged negative does not cover
one: "you should have turned off auto-renew" blames the customer, it does not say
auto-renew is off.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.content.scenario import KeyPoint
from coach.scoring.checks.base import CheckParams
from coach.scoring.checks.key_point_meaning import closest, exemplars
from coach.scoring.checks.key_point_phrases import key_point_spans
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import Judgement, judge
from coach.scoring.report import Finding
from coach.text.analysis import Analysis
from coach.text.embedding import Vectors, shared_encoder
from coach.text.negation import denying_sentences, free_clauses


class Params(CheckParams):
    """What a rubric may set on a `key_points` check."""

    covered_message: str = "Covers: {point}"
    max_gap: int = Field(default=3, ge=0, le=6)
    fuzzy_threshold: float = Field(default=88, ge=50, le=100)
    # Cosine to one of the sentences that say a key point (its examples, its description,
    # the trainers' good examples) at which a reply sentence says it in other words; null
    # turns matching by meaning off. 0.8 catches close rewordings only: the encoder puts a
    # free paraphrase at 0.4-0.65 and a sentence on the same subject that says otherwise
    # there too (dev Spearman is flat from 0.55 to 0.85), so a trainer who wants more
    # lists `examples:` in the words trainees use.
    similarity: float | None = Field(default=0.8, gt=0, lt=1)


__all__ = ["key_point_spans", "run"]

NEGATIVE = 0.7  # a sentence this surely negative covers no key point
# A sentence leaning negative this much does not cover one by meaning: a topic-close
# sentence ("you should have read the Trash docs") is near in meaning but says otherwise.
MEANING_NEGATIVE = 0.5


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    scenario = ctx.scenario
    if scenario is None or not scenario.key_points:
        return CheckResult(None)
    findings: list[Finding] = []
    missing: list[str] = []
    total = covered = 0.0
    judgement = judge(ctx.analysis)

    def negative(position: int) -> bool:
        sentence = judgement.containing(position)
        return sentence is not None and sentence.is_negative(NEGATIVE)

    for point in scenario.key_points:
        total += point.weight
        spans = key_point_spans(
            ctx.analysis, point, params.max_gap, params.fuzzy_threshold, excluded=negative
        )
        reason = ""
        if spans is None and params.similarity is not None:
            found = _by_meaning(judgement, ctx, point, params.similarity)
            if found is not None:
                (start, end), reason = found
                spans = [(start, end)]
        if spans is None:
            missing.append(point.id)
            findings.append(make_finding(check, ctx, point=point.description, key_point=point.id))
            continue
        covered += point.weight
        start, end = spans[0]
        findings.append(
            make_finding(
                check,
                ctx,
                start,
                end,
                message=params.covered_message,
                severity="positive",
                reason=reason,
                point=point.description,
                key_point=point.id,
            )
        )
    return CheckResult(covered / total, findings, missing_key_points=missing)


def _by_meaning(
    judgement: Judgement, ctx: CheckContext, point: KeyPoint, similarity: float
) -> tuple[tuple[int, int], str] | None:
    """The first sentence saying `point` in other words, and the example it is close to."""
    assert ctx.scenario is not None
    found = exemplars(ctx.scenario, point)
    best, which = closest(judgement.vectors, found)
    # The encoder barely hears "not": "the reminders can't be resent" is close to "the
    # reminders were resent". A sentence that denies something covers a point only when
    # the example it is close to denies too ("no data was lost"), or by a clause of it
    # that holds no negation ("Don't worry: the reminders were resent at 10:52").
    denying = denying_sentences(ctx.analysis)
    for i, sentence in enumerate(judgement.sentences):
        if best[i] < similarity or sentence.negativity >= MEANING_NEGATIVE:
            continue
        text = found.texts[which[i]]
        if sentence.start not in denying or found.denies[which[i]]:
            return (sentence.start, sentence.start + len(sentence.text)), text
    clauses, vectors = ctx.analysis.memo("key-points:denying-clauses", _denying_clauses)
    if clauses:
        clause_best, clause_which = closest(vectors, found)
        for (start, text), score, index in zip(clauses, clause_best, clause_which, strict=True):
            holder = judgement.containing(start)
            if score >= similarity and (holder is None or holder.negativity < MEANING_NEGATIVE):
                return (start, start + len(text)), found.texts[index]
    return None


def _denying_clauses(analysis: Analysis) -> tuple[list[tuple[int, str]], Vectors]:
    """The negation-free clauses of the reply's denying sentences and their vectors, once
    per reply for every key point."""
    clauses = free_clauses(analysis, denying_sentences(analysis))
    texts = [text for _, text in clauses]
    return clauses, shared_encoder().embed(texts) if texts else np.zeros((0, 0), np.float32)
