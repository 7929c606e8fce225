"""`sentence_role`: sentences judged, by meaning, to play a negative role (blame, sarcasm,
dismissal, slang, over-promise), however they are worded.

Each such sentence costs `penalty`; one found with confidence `cap_confidence` or more
holds the overall (and this check's dimension) at `cap`: good boilerplate around a
blaming sentence does not rescue the reply. The finding names the sentence, the role, the
confidence and the example sentence nearest in meaning.
"""

from __future__ import annotations

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import JudgedSentence, judge, similarities
from coach.scoring.judgement.roles import Role
from coach.scoring.params.sentence_role import Params
from coach.scoring.report import Finding
from coach.text.embedding import shared_encoder


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    judgement = judge(ctx.analysis)
    roles: list[Role] = [r for r in params.roles]  # type: ignore[misc]
    close = similarities(judgement.vectors, params.examples, shared_encoder())
    findings: list[Finding] = []
    capped = False
    for i, sentence in enumerate(judgement.sentences):
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
