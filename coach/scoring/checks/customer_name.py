"""`customer_name`: address the customer by name (any inflection: "Иван", "Ивану").

Does not apply without a scenario persona. Using the name once is enough.
"""

from __future__ import annotations

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.text.tokens import tokenize


class Params(CheckParams):
    pass


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    if ctx.scenario is None:
        return CheckResult(None)
    name_lemmas: set[str] = set()
    for token in tokenize(ctx.scenario.persona.name, ctx.analysis.language):
        if token.is_word and len(token.text) > 1:
            name_lemmas.update(token.lemmas)
            name_lemmas.add(token.text.lower())
    uses = [
        t
        for t in ctx.analysis.tokens
        if t.is_word
        and t.text[:1].isupper()
        and (t.text.lower() in name_lemmas or not name_lemmas.isdisjoint(t.lemmas))
    ]
    if not uses:
        return CheckResult(0.0, [make_finding(check, ctx, name=ctx.scenario.persona.name)])
    first = uses[0]
    return CheckResult(
        1.0,
        [
            make_finding(
                check,
                ctx,
                first.start,
                first.end,
                message="Good: uses the customer's name",
                severity="positive",
            )
        ],
    )
