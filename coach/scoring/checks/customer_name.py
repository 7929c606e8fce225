"""`customer_name`: address the customer by name (any inflection: "Иван", "Ивану").

Does not apply without a scenario persona. Using the name once is enough.
"""

from __future__ import annotations

from coach.content.enums import Language
from coach.content.rubric import RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.text.tokens import exact_form, tokenize


class Params(CheckParams):
    """What a rubric may set on a `customer_name` check."""

    # Shown when the name is used; the rubric says it in its language (the default quotes
    # the name, so no language is assumed).
    evidence_message: str = "“%s”"


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    if ctx.scenario is None:
        return CheckResult(None)
    name_keys, index_keys = _name_keys(ctx.scenario, ctx.analysis.language)
    # The lemma index lists every token a name key can match, as lemma or exact form; of
    # those, the capitalised words that do match.
    analysis = ctx.analysis
    positions = analysis.lemma_positions
    candidates = sorted({i for key in index_keys for i in positions.get(key, ())})
    uses = [
        t
        for t in map(analysis.tokens.__getitem__, candidates)
        if t.text[:1].isupper()
        and t.kind == "word"
        and (t.text.lower() in name_keys or not name_keys.isdisjoint(t.lemmas))
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
                message=params.evidence_message,
                severity="positive",
            )
        ],
    )


@by_identity
def _name_keys(scenario: Scenario, language: Language) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and lower-case forms of the persona's names, and the keys of the lemma
    index under which a token matching one is listed (once per scenario)."""
    keys: set[str] = set()
    for token in tokenize(scenario.persona.name, language):
        if token.is_word and len(token.text) > 1:
            keys.update(token.lemmas)
            keys.add(token.text.lower())
    return frozenset(keys), frozenset(keys | {exact_form(key) for key in keys})
