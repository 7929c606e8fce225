"""Rubric engine: checks -> findings -> dimension and overall scores."""

from coach.scoring.branching import condition_holds, next_turn
from coach.scoring.engine import score_reply
from coach.scoring.library import default_rubric, load_library
from coach.scoring.report import CheckOutcome, Finding, ScoreReport, Suggestion

__all__ = [
    "CheckOutcome",
    "Finding",
    "ScoreReport",
    "Suggestion",
    "condition_holds",
    "default_rubric",
    "load_library",
    "next_turn",
    "score_reply",
]
