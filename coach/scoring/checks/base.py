"""What a check type is: a parameter model and a pure scoring function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.content.model_base import ContentModel
from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult


class CheckParams(ContentModel):
    """Base of each check type's `Params`, what a rubric may set on it: frozen, unknown
    keys are errors, floats are finite, as for every content model (a check's parameters
    are content the trainer wrote)."""


RunCheck = Callable[[RubricCheck, CheckContext], CheckResult]


@dataclass(frozen=True)
class CheckType:
    """A check type. A `deduction` type only ever takes points away: when it finds nothing
    (no blame, no typos) it leaves the weighting instead of adding free points, so a
    two-word reply cannot score well merely by containing nothing wrong."""

    params: type[CheckParams]
    run: RunCheck
    summary: str
    deduction: bool = False
