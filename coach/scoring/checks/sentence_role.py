"""`sentence_role`: sentences judged, by meaning, to play a negative role (blame, sarcasm,
dismissal, slang, over-promise), however they are worded.

Each such sentence costs `penalty`; one found with confidence `cap_confidence` or more
holds the overall (and this check's dimension) at `cap`: good boilerplate around a
blaming sentence does not rescue the reply. The finding names the sentence, the role, the
confidence and the example sentence nearest in meaning. A sentence that only quotes the
customer's message back is not judged (`coach.scoring.quoted`).
"""

from __future__ import annotations

from pydantic import Field, field_validator

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import JudgedSentence, judge, similarities
from coach.scoring.judgement.roles import NEGATIVE_ROLES, Role
from coach.scoring.quoted import quoted_sentences
from coach.scoring.report import Finding
from coach.text.embedding import shared_encoder


class Params(CheckParams):
    """What a rubric may set on a `sentence_role` check."""

    # The negative roles this check looks for (blame, condescension, dismissal,
    # unprofessional, over_promise).
    roles: list[str] = Field(min_length=1)
    # P(role) at or above which a sentence is judged to play it.
    threshold: float = Field(default=0.5, gt=0, lt=1)
    # Points lost per judged sentence (of this check's weight).
    penalty: float = Field(default=0.6, gt=0, le=1)
    # Overall (and this check's dimension) held at or below this when a sentence is found
    # with confidence of at least `cap_confidence`.
    cap: float | None = Field(default=None, ge=0, le=100)
    cap_confidence: float = Field(default=0.6, gt=0, lt=1)
    # Sentences that extend the role for this rubric or scenario ("what counts as blame in
    # this product"): a reply sentence this close in meaning is judged to play it.
    examples: list[str] = Field(default_factory=list)
    similarity: float = Field(default=0.8, gt=0, lt=1)

    @field_validator("roles")
    @classmethod
    def _negative_roles(cls, value: list[str]) -> list[str]:
        for role in value:
            if role not in NEGATIVE_ROLES:
                known = ", ".join(NEGATIVE_ROLES)
                raise ValueError(f"unknown role {role!r}: use one of {known}")
        return value


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    judgement = judge(ctx.analysis)
    roles: list[Role] = [r for r in params.roles]  # type: ignore[misc]
    close = similarities(judgement.vectors, params.examples, shared_encoder())
    findings: list[Finding] = []
    capped = False
    # The customer's sarcasm quoted back is the customer's, not the agent's.
    quoted = quoted_sentences(ctx.analysis, ctx.scenario)
    for i, sentence in enumerate(judgement.sentences):
        if sentence.start in quoted:
            continue
        role = max(roles, key=sentence.p)
        confidence = _confidence(sentence, role, roles)
        reason = ""
        if params.examples:
            j = int(close[i].argmax())
            if float(close[i, j]) >= params.similarity and float(close[i, j]) > confidence:
                confidence, reason = float(close[i, j]), params.examples[j]
        if confidence < params.threshold:
            continue
        capped = capped or confidence >= params.cap_confidence
        findings.append(
            make_finding(
                check,
                ctx,
                sentence.start,
                sentence.start + len(sentence.text),
                role=role,
                confidence=confidence,
                reason=reason or judgement.reason(sentence, role),
            )
        )
    score = max(0.0, 1.0 - params.penalty * len(findings))
    cap = params.cap if capped and params.cap is not None else None
    return CheckResult(score, findings, cap=cap)


# A sentence counts as playing one of the check's roles when the head that tells negative
# from not is sure and the strongest negative role is one of them: blame and sarcasm split
# their probability between them, so the role's own head alone is often under half
# (dev part, heads trained without its sentences: Spearman 0.775 with min(role, negative),
# 0.789 with this).
ROLE_FLOOR = 0.3


def role_confidence(sentence: JudgedSentence, params: Params) -> float:
    """How sure the heads alone are that `sentence` plays one of the check's roles."""
    roles: list[Role] = [r for r in params.roles]  # type: ignore[misc]
    return _confidence(sentence, max(roles, key=sentence.p), roles)


def _confidence(sentence: JudgedSentence, role: Role, roles: list[Role]) -> float:
    strongest, p = sentence.strongest_negative()
    if strongest in roles and p >= ROLE_FLOOR:
        # Either head being sure is enough once the sentence's strongest negative is one
        # of ours: the role's own head hears a promise ("I can promise it works within
        # the hour", 1.00) that the union head, trained mostly on rude sentences, doubts.
        return max(sentence.negativity, p)
    return min(sentence.p(role), sentence.negativity)
