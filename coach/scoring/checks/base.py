"""What a check type is: a parameter schema and a pure scoring function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult
from coach.scoring.params.base import CheckParams

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
