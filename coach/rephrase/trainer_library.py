"""The scenario's good trainer examples, cut into sentences labelled by move and key point.

This is the trainers' voice the suggestions and rewrites draw from. It is built once per
scenario and rubric and cached.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.rephrase.roles import sentence_roles
from coach.scoring.checks import key_points
from coach.scoring.checks.phrases import Params as PhrasesParams
from coach.scoring.effective import effective_checks
from coach.text.analysis import analyze
from coach.text.phrases import find_phrases

DEFAULT_ORDER = ("greeting", "acknowledgement", "apology", "explanation", "next_step", "closing")


_LIST_MARKER = re.compile(r"^\s*(?:[-*•–—]|\d{1,2}[.)])\s+")


def clean_sentence(text: str) -> str:
    """A sentence as it can stand alone: no list marker in front, capital first letter."""
    cleaned = _LIST_MARKER.sub("", text).strip()
    if cleaned != text.strip() and cleaned[:1].islower():
        cleaned = cleaned[:1].upper() + cleaned[1:]
    return cleaned


def is_complete(text: str) -> bool:
    """A full sentence (ends like one, has a few words), not a heading or a code line."""
    return text.rstrip()[-1:] in ".!?…" and len(text.split()) >= 4


@dataclass(frozen=True)
class TrainerSentence:
    text: str
    example_id: str
    moves: frozenset[str]
    key_points: frozenset[str]
    position: float  # 0 = first sentence of its example, 1 = last
    tail: str = ""  # for a closing: the sign-off lines that follow it
    phrase_checks: frozenset[str] = frozenset()  # `phrases` checks it satisfies

    @property
    def source(self) -> str:
        return f"trainer example: {self.example_id}"


@dataclass(frozen=True)
class TrainerLibrary:
    sentences: tuple[TrainerSentence, ...]
    move_order: tuple[str, ...]

    def for_move(self, move: str) -> list[TrainerSentence]:
        return [s for s in self.sentences if move in s.moves]

    def for_key_point(self, key_point: str) -> list[TrainerSentence]:
        return [s for s in self.sentences if key_point in s.key_points]

    def for_phrase_check(self, check_id: str) -> list[TrainerSentence]:
        return [s for s in self.sentences if check_id in s.phrase_checks]


_cache: dict[tuple[int, int], tuple[Scenario, Rubric, TrainerLibrary]] = {}


def trainer_library(scenario: Scenario, rubric: Rubric) -> TrainerLibrary:
    """The library for this scenario (cached by identity; content objects are immutable)."""
    key = (id(scenario), id(rubric))
    hit = _cache.get(key)
    if hit is not None and hit[0] is scenario and hit[1] is rubric:
        return hit[2]
    library = _build(scenario, rubric)
    if len(_cache) > 128:
        _cache.clear()
    _cache[key] = (scenario, rubric, library)
    return library


def _build(scenario: Scenario, rubric: Rubric) -> TrainerLibrary:
    checks = effective_checks(rubric, scenario)
    phrase_checks = [
        (c.id, c.params) for c in checks if isinstance(c.params, PhrasesParams) and c.enabled
    ]
    sentences: list[TrainerSentence] = []
    positions: dict[str, list[float]] = defaultdict(list)
    for example in scenario.examples.good:
        text = example.text.strip()
        roles = sentence_roles(analyze(text, scenario.language), scenario, checks)
        last = max(len(roles) - 1, 1)
        built: list[TrainerSentence] = []
        for index, role in enumerate(roles):
            tail = text[role.end :].strip() if "closing" in role.moves else ""
            position = index / last
            clean = clean_sentence(role.text)
            built.append(
                TrainerSentence(
                    clean,
                    example.id,
                    role.moves,
                    _own_key_points(clean, scenario),
                    position,
                    tail,
                    _satisfied(clean, scenario, phrase_checks),
                )
            )
            for name in role.moves:
                positions[name].append(position)
        sentences += built
        sentences += _pairs_for_split_key_points(built, scenario, example.id)
    order = sorted(
        DEFAULT_ORDER,
        key=lambda m: (
            sum(positions[m]) / len(positions[m]) if positions[m] else DEFAULT_ORDER.index(m) / 5
        ),
    )
    # A greeting opens and a closing ends a reply whatever the averages say.
    middle = [m for m in order if m not in ("greeting", "closing")]
    return TrainerLibrary(tuple(sentences), ("greeting", *middle, "closing"))


def _own_key_points(text: str, scenario: Scenario) -> frozenset[str]:
    """Key points this sentence covers on its own (it may be used without its neighbours)."""
    analysis = analyze(text, scenario.language)
    return frozenset(
        p.id for p in scenario.key_points if key_points.key_point_spans(analysis, p) is not None
    )


def _satisfied(
    text: str, scenario: Scenario, phrase_checks: list[tuple[str, PhrasesParams]]
) -> frozenset[str]:
    """Ids of the rubric's `phrases` checks (courtesy, collaboration) this sentence meets."""
    analysis = analyze(text, scenario.language)
    return frozenset(
        check_id
        for check_id, params in phrase_checks
        if any(not m.negated for m in find_phrases(analysis, params.phrases, params.max_gap))
    )


def _pairs_for_split_key_points(
    built: list[TrainerSentence], scenario: Scenario, example_id: str
) -> list[TrainerSentence]:
    """Two adjacent sentences joined, for key points a trainer spread over both."""
    covered = {kp for s in built for kp in s.key_points}
    pairs = []
    for first, second in pairwise(built):
        joined = f"{first.text} {second.text}"
        points = _own_key_points(joined, scenario) - covered
        if points:
            pairs.append(
                TrainerSentence(
                    joined,
                    example_id,
                    first.moves | second.moves,
                    points | first.key_points | second.key_points,
                    first.position,
                    "",
                    first.phrase_checks | second.phrase_checks,
                )
            )
            covered |= points
    return pairs
