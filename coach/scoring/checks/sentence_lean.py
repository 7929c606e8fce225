"""`sentence_lean`: sentences the heads hear as negative without agreeing on a role.

The `sentence_role` checks flag a sentence once a negative role is clear. The head that
tells negative from not often hears a hurtful sentence whose role the role heads split
between them ("I'll be honest, messages written like this one don't exactly put you at
the front of the queue": negative 0.74, its strongest role 0.18), or leans negative short
of the role checks' bar. Such a sentence costs this check in proportion to how far the
heads lean (the union head, or the strongest negative role's head where that is surer),
from nothing at `lean_from` to the whole `penalty` at `full_at`, and is listed as a minor
finding naming the strongest negative role. A sentence either head puts at `full_at` or
above, with a negative role backing it, is left to the role checks. It never caps: the
lean is a doubt, not a verdict.

Measured on the tuning parts with heads trained without each part's sentences
(`python -m bench.validity` describes the cross-fitting), with this check against
without it: dev 0.886 -> 0.888 Spearman, fresh 0.866 -> 0.870, fresh3 0.863 -> 0.866,
pairwise level or up. Leaning by the surer head: level on every tuning part (fresh3 and
fresh2 -0.001), and one boilerplate-around-a-brush-off reply of the dev part under 60.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.checks.sentence_role import ROLE_FLOOR
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import judge
from coach.scoring.quoted import quoted_sentences
from coach.scoring.report import Finding


class Params(CheckParams):
    """What a rubric may set on a `sentence_lean` check."""

    # Negativity (the union head's P(negative)) where a sentence starts to cost points...
    lean_from: float = Field(default=0.6, gt=0, lt=1)
    # ...and where it costs the whole `penalty`.
    full_at: float = Field(default=0.85, gt=0, le=1)
    penalty: float = Field(default=1.0, gt=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Params:
        if self.full_at <= self.lean_from:
            raise ValueError("full_at must be above lean_from")
        return self


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    judgement = judge(ctx.analysis)
    quoted = quoted_sentences(ctx.analysis, ctx.scenario)
    findings: list[Finding] = []
    lost = 0.0
    span = params.full_at - params.lean_from
    for sentence in judgement.sentences:
        if sentence.start in quoted or sentence.negativity < params.lean_from:
            continue
        role, p = sentence.strongest_negative()
        # A role head surer than the union head leans the sentence as far as it is sure
        # ("A 400 just means the request is malformed, which honestly isn't something we
        # treat as an urgent platform issue": negative 0.66, dismissal 0.80).
        backed = p >= ROLE_FLOOR
        lean = max(sentence.negativity, p) if backed else sentence.negativity
        if backed and lean >= params.full_at:
            continue  # clear enough for the role checks to judge
        lost += params.penalty * min(1.0, (lean - params.lean_from) / span)
        findings.append(
            make_finding(
                check,
                ctx,
                sentence.start,
                sentence.start + len(sentence.text),
                role=role,
                confidence=lean,
                reason=judgement.reason(sentence, role),
            )
        )
    return CheckResult(max(0.0, 1.0 - lost), findings)
