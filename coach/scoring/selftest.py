"""Prove a scenario ranks its trainers' good examples above its bad ones.

For every scenario: each good example must outscore each bad example by `margin` points,
score at least `good_floor`, and each bad example must be flagged (a major or critical
finding, and a dimension score under `flag_ceiling`) on every dimension its `fails` names.
Good boilerplate must not rescue a bad reply: each bad example wrapped in the first and
last sentence of the first good example still scores under `wrapped_ceiling`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.content.authoring_messages import say
from coach.content.library import Library
from coach.content.scenario import Scenario
from coach.scoring.engine import score_reply
from coach.scoring.report import Finding, ScoreReport
from coach.text.analysis import analyze


def wrap_in_boilerplate(bad: str, good: str, language: str) -> str:
    """`bad` between the opening and the closing sentences of `good`, as a trainee who
    learnt the trainer's phrases might write it."""
    analysis = analyze(good, language)
    spans = [(s.start, s.end) for s in analysis.sentences if s.end_token > s.first_token]
    if len(spans) < 2 * WRAP_SENTENCES:
        return bad
    head = good[: spans[WRAP_SENTENCES - 1][1]]
    tail = good[spans[-WRAP_SENTENCES][0] :]
    return f"{head.rstrip()}\n\n{bad.strip()}\n\n{tail.strip()}"


MARGIN = 15.0
GOOD_FLOOR = 75.0
FLAG_CEILING = 80.0
WRAPPED_CEILING = 60.0
WRAP_SENTENCES = 1
SERIOUS = ("major", "critical")


@dataclass
class ExampleResult:
    example_id: str
    kind: str  # "good" | "bad"
    report: ScoreReport
    fails: list[str] = field(default_factory=list)
    unflagged: list[str] = field(default_factory=list)
    # The scenario's problems that name this example (a failed margin names both sides).
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass
class ScenarioResult:
    scenario: Scenario
    examples: list[ExampleResult]
    problems: list[str]

    @property
    def margin(self) -> float | None:
        goods = [e.report.overall for e in self.examples if e.kind == "good"]
        bads = [e.report.overall for e in self.examples if e.kind == "bad"]
        if not goods or not bads:
            return None
        return round(min(goods) - max(bads), 1)

    @property
    def passed(self) -> bool:
        return not self.problems


def flagged_on(report: ScoreReport, dimension: str) -> bool:
    """Whether a bad example is "flagged on the dimension it fails": at least one major or
    critical finding on that dimension, and the dimension scores under `FLAG_CEILING`."""
    return bool(flagging_findings(report, dimension)) and (
        report.dimensions.get(dimension, 100.0) < FLAG_CEILING
    )


def flagging_findings(report: ScoreReport, dimension: str) -> list[Finding]:
    """The major and critical findings on `dimension`: what flags a bad example there."""
    return [f for f in report.findings if f.dimension == dimension and f.severity in SERIOUS]


def unflagged_reason(report: ScoreReport, dimension: str, language: str) -> str:
    """Why a bad example is not flagged on `dimension`, in the scenario's language."""
    score = report.dimensions.get(dimension)
    if score is None:
        return say("selftest_not_scored", language, dimension=dimension)
    if score >= FLAG_CEILING:
        return say(
            "selftest_scores_too_high",
            language,
            dimension=dimension,
            score=score,
            ceiling=FLAG_CEILING,
        )
    return say("selftest_no_serious_finding", language, dimension=dimension)


def selftest_scenario(library: Library, scenario: Scenario) -> ScenarioResult:
    rubric = library.rubrics[scenario.rubric]
    language = scenario.language
    examples = [
        ExampleResult(e.id, "good", score_reply(e.text, rubric, scenario))
        for e in scenario.examples.good
    ]
    for bad in scenario.examples.bad:
        report = score_reply(bad.text, rubric, scenario)
        unflagged = [d for d in bad.fails if not flagged_on(report, d)]
        examples.append(ExampleResult(bad.id, "bad", report, list(bad.fails), unflagged))
    # Each problem with the examples it is about, so a table can mark those rows.
    located: list[tuple[str, tuple[str, ...]]] = []
    goods = [e for e in examples if e.kind == "good"]
    bads = [e for e in examples if e.kind == "bad"]
    for good in goods:
        if good.report.overall < GOOD_FLOOR:
            located.append(
                (
                    say(
                        "selftest_good_below_floor",
                        language,
                        example=good.example_id,
                        score=good.report.overall,
                        floor=GOOD_FLOOR,
                    ),
                    (good.example_id,),
                )
            )
        for other in bads:
            gap = good.report.overall - other.report.overall
            if gap < MARGIN:
                located.append(
                    (
                        say(
                            "selftest_margin",
                            language,
                            good=good.example_id,
                            good_score=good.report.overall,
                            bad=other.example_id,
                            bad_score=other.report.overall,
                            gap=gap,
                            margin=MARGIN,
                        ),
                        (good.example_id, other.example_id),
                    )
                )
    for other in bads:
        located += [
            (
                say(
                    "selftest_unflagged",
                    language,
                    example=other.example_id,
                    fails=", ".join(other.fails),
                    dimension=d,
                    reason=unflagged_reason(other.report, d, language),
                ),
                (other.example_id,),
            )
            for d in other.unflagged
        ]
    if scenario.examples.good:
        opening = scenario.examples.good[0].text
        for bad in scenario.examples.bad:
            wrapped = wrap_in_boilerplate(bad.text, opening, language)
            overall = score_reply(wrapped, rubric, scenario).overall
            if overall >= WRAPPED_CEILING:
                located.append(
                    (
                        say(
                            "selftest_wrapped",
                            language,
                            bad=bad.id,
                            good=scenario.examples.good[0].id,
                            score=overall,
                            ceiling=WRAPPED_CEILING,
                        ),
                        (bad.id,),
                    )
                )
    for example in examples:
        example.problems = [message for message, ids in located if example.example_id in ids]
    problems = [message for message, _ in located]
    return ScenarioResult(scenario, examples, problems)


def selftest(library: Library) -> list[ScenarioResult]:
    return [selftest_scenario(library, s) for s in library.scenarios.values()]
