"""Choose the next customer turn from the previous reply's scores (declarative, no eval)."""

from __future__ import annotations

from collections.abc import Collection

from coach.content.conditions import Condition
from coach.content.scenario import Branch, Scenario
from coach.scoring.report import ScoreReport


def condition_holds(condition: Condition, report: ScoreReport, missing: Collection[str]) -> bool:
    """Evaluate one condition against a reply's report and its missing key points."""
    if condition.dimension is not None:
        if condition.dimension == "overall":
            value = report.overall
        else:
            value = report.dimensions.get(condition.dimension, 0.0)
        if condition.below is not None:
            return value < condition.below
        return condition.at_least is not None and value >= condition.at_least
    if condition.missing is not None:
        return condition.missing in missing
    if condition.covered is not None:
        return condition.covered not in missing
    if condition.any is not None:
        return any(condition_holds(c, report, missing) for c in condition.any)
    if condition.all is not None:
        return all(condition_holds(c, report, missing) for c in condition.all)
    assert condition.not_ is not None
    return not condition_holds(condition.not_, report, missing)


def next_turn(
    scenario: Scenario, turn_index: int, report: ScoreReport, missing: Collection[str]
) -> Branch | None:
    """The branch of turn `turn_index + 1` chosen by the reply to turn `turn_index`, or
    None when the conversation ends (no further turn, or no branch matches)."""
    following = turn_index + 1
    if following >= len(scenario.turns):
        return None
    turn = scenario.turns[following]
    if turn.message is not None:
        return Branch(id=turn.id, message=turn.message)
    for branch in turn.branches or []:
        if branch.when is None or condition_holds(branch.when, report, missing):
            return branch
    return None
