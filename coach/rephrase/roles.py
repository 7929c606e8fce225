"""What each sentence of a reply does: the structural moves it makes and the key points
it carries. Moves are recognised with the rubric's own `move` cues, so the rephraser and
the scorer agree on what an acknowledgement or a next step is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.content.rubric import RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.checks import key_points, move
from coach.scoring.checks.key_point_phrases import denied_matches
from coach.text.analysis import Analysis, analyze
from coach.text.phrases import find_phrases


@dataclass(frozen=True)
class SentenceRole:
    start: int
    end: int
    text: str
    moves: frozenset[str]
    key_points: frozenset[str]
    # Key points the sentence states the opposite of ("the reminders can't be resent").
    denied: frozenset[str] = frozenset()


def move_checks(checks: Sequence[RubricCheck]) -> list[tuple[RubricCheck, move.Params]]:
    """The enabled `move` checks of a rubric with their parameters."""
    found = []
    for check in checks:
        if check.type == "move" and check.enabled and isinstance(check.params, move.Params):
            found.append((check, check.params))
    return found


def sentence_roles(
    analysis: Analysis,
    scenario: Scenario | None,
    checks: Sequence[RubricCheck],
    anywhere: frozenset[str] = frozenset(),
) -> list[SentenceRole]:
    """One role per non-empty sentence of `analysis`, in order.

    Moves are placed as the scorer places them (a greeting only at the top), except the
    moves in `anywhere`: a rewrite wants to find a greeting the trainee put second, to move
    it to the top.
    """
    sentences = [s for s in analysis.sentences if s.end_token > s.first_token]
    moves: list[set[str]] = [set() for _ in sentences]
    points: list[set[str]] = [set() for _ in sentences]
    denied: list[set[str]] = [set() for _ in sentences]

    def index_of(position: int) -> int | None:
        for i, sentence in enumerate(sentences):
            if sentence.start <= position < sentence.end:
                return i
        return None

    count = len(sentences)
    for _, params in move_checks(checks):
        for match in find_phrases(analysis, params.cues, params.max_gap):
            at = index_of(match.start)
            if at is None or match.negated:
                continue
            # Same placement rule as the scorer: a "thanks" opening a reply is not a closing.
            placed = params.move in anywhere
            if not placed and params.position == "start" and at >= params.window:
                continue
            if not placed and params.position == "end" and at < count - params.window:
                continue
            moves[at].add(params.move)
    for point in scenario.key_points if scenario else ():
        for start, _ in key_points.key_point_spans(analysis, point) or ():
            at = index_of(start)
            if at is not None:
                points[at].add(point.id)
        assert scenario is not None  # the loop runs over its key points
        said_by_trainers = trainers_deny(scenario).get(point.id, frozenset())
        for match in denied_matches(analysis, point):
            at = index_of(match.start)
            if at is not None and match.phrase not in said_by_trainers:
                denied[at].add(point.id)
    return [
        SentenceRole(
            s.start,
            s.end,
            analysis.text[s.start : s.end],
            frozenset(moves[i]),
            frozenset(points[i]),
            frozenset(denied[i] - points[i]),
        )
        for i, s in enumerate(sentences)
    ]


@by_identity
def trainers_deny(scenario: Scenario) -> dict[str, frozenset[str]]:
    """Per key point, the phrases the scenario's good examples themselves say under a
    negation ("our dispatcher never sent 47 events", "the Slack connection isn't
    restored"): there a negated phrase is a true fact, not the opposite of the point."""
    found: dict[str, set[str]] = {}
    for example in scenario.examples.good:
        analysis = analyze(example.text, scenario.language)
        for point in scenario.key_points:
            for match in denied_matches(analysis, point):
                found.setdefault(point.id, set()).add(match.phrase)
    return {point: frozenset(phrases) for point, phrases in found.items()}
