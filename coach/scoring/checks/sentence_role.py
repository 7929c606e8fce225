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
from coach.scoring.judgement.judge import judge, similarities
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
        # Both heads must agree: the role's own and the one that tells negative from not
        # (trained with real replies' sentences too). Either alone mistakes short, careful
        # sentences ("It isn't you.", "Your data is safe.") for the negatives they resemble.
        confidence = min(sentence.p(role), sentence.negativity)
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
