"""`shares`: another check's score, counted in this check's dimension too.

What one check measures can belong to two dimensions: the rating guide's clarity is "easy
to act on: exact values and steps", which is what the key points and the next step
already measure for resolution. This check scores what the named check scored, with no
findings of its own, so the trainee reads each missing point once, under the check that
found it. It does not apply when the named check does not (no scenario, switched off).
"""

from __future__ import annotations

from pydantic import Field

from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult


class Params(CheckParams):
    """What a rubric may set on a `shares` check."""

    # The id of the check whose score this one takes.
    check: str = Field(min_length=1)

    def referenced_checks(self) -> tuple[str, ...]:
        return (self.check,)


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    from coach.scoring.engine import result_of  # noqa: PLC0415 - the engine imports us

    params = check.params
    assert isinstance(params, Params)
    shared = result_of(params.check, ctx)
    return CheckResult(None if shared is None else shared.score)
