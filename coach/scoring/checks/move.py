"""`move`: a structural move of a good reply (greeting, acknowledgement, apology,
explanation, next step, closing), recognised by meaning in the right place.

A sentence makes the move when the sentence judgement gives its role `threshold` or more,
or `cue_threshold` or more with one of the rubric's cue phrases in it; a sentence judged
negative never does ("you should have read the guide" explains nothing). `position`
limits where it may stand: the first or last `window` sentences (a greeting belongs at the
top, a closing at the bottom). With `qualifiers` (an owner such as "I will", or a time
such as "by 15:00"), a move without one in the same sentence earns `partial` credit:
"please try again" is a next step, "I will check the logs and write back by 3 pm" is a
committed one.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

from pydantic import Field, field_validator

from coach.content.model_base import checked_regex
from coach.content.rubric import RubricCheck
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import JudgedSentence, judge
from coach.scoring.judgement.roles import POSITIVE_ROLES, Role
from coach.scoring.report import Finding
from coach.text.bounded_regex import compile_bounded
from coach.text.phrases import DEFAULT_MAX_GAP, PhraseMatch, find_phrases

MoveName = Literal["greeting", "acknowledgement", "apology", "explanation", "next_step", "closing"]


class Params(CheckParams):
    """What a rubric may set on a `move` check."""

    move: MoveName
    # The sentence roles that make this move (default: the role named like the move).
    roles: list[str] = Field(default_factory=list)
    # P(role) at or above which a sentence makes the move, judged by meaning.
    threshold: float = Field(default=0.5, gt=0, lt=1)
    # Cue phrases: a sentence with one makes the move at the lower `cue_threshold` (the
    # phrase alone is not enough: "happens" is no explanation, "TRY" no next step).
    cues: list[str] = Field(default_factory=list)
    cue_threshold: float = Field(default=0.2, gt=0, lt=1)
    evidence_message: str | None = None
    position: Literal["any", "start", "end"] = "any"
    window: int = Field(default=2, ge=1)
    qualifiers: list[str] = Field(default_factory=list)
    qualifier_patterns: list[str] = Field(default_factory=list)
    partial: float = Field(default=0.5, ge=0, le=1)
    partial_message: str | None = None
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, value: list[str]) -> list[str]:
        for role in value:
            if role not in POSITIVE_ROLES:
                raise ValueError(f"unknown role {role!r}: use one of {', '.join(POSITIVE_ROLES)}")
        return value

    @field_validator("qualifier_patterns")
    @classmethod
    def _valid_regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            checked_regex(pattern, quoted=True)
        return value


NEGATIVE = 0.5


def _allowed(sentences: tuple[JudgedSentence, ...], params: Params) -> list[JudgedSentence]:
    if params.position == "start":
        return list(sentences[: params.window])
    if params.position == "end":
        return list(sentences[-params.window :])
    return list(sentences)


def _roles(params: Params) -> list[Role]:
    return [r for r in (params.roles or [params.move])]  # type: ignore[misc]


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    judgement = judge(ctx.analysis)
    roles = _roles(params)
    cues = _starts(find_phrases(ctx.analysis, params.cues, params.max_gap))
    made: list[tuple[JudgedSentence, Role, float]] = []
    for sentence in _allowed(judgement.sentences, params):
        if sentence.is_negative(NEGATIVE):
            continue
        role = max(roles, key=sentence.p)
        p = sentence.p(role)
        # A cue lowers the bar only for a sentence that leans to the move rather than to a
        # negative role: "Try later." has the cue "try" and is still a brush-off.
        cued = p > sentence.strongest_negative()[1] and _any_within(cues, sentence)
        if p >= params.threshold or (cued and p >= params.cue_threshold):
            made.append((sentence, role, p))
    if not made:
        return CheckResult(0.0, [make_finding(check, ctx, move=params.move)])
    if not params.qualifiers and not params.qualifier_patterns:
        return CheckResult(1.0, [_evidence(check, ctx, *made[0], params)])
    qualifier_matches = _starts(find_phrases(ctx.analysis, params.qualifiers, params.max_gap))
    for sentence, role, p in made:
        if _qualified(ctx, sentence, params, qualifier_matches):
            return CheckResult(1.0, [_evidence(check, ctx, sentence, role, p, params)])
    sentence, role, p = made[0]
    message = params.partial_message or check.message
    return CheckResult(
        params.partial,
        [
            make_finding(
                check,
                ctx,
                sentence.start,
                sentence.end,
                message=message,
                move=params.move,
                role=role,
                confidence=p,
            )
        ],
    )


def _starts(matches: list[PhraseMatch]) -> list[int]:
    """Where the matches that are not negated start, in order (for `_any_within`)."""
    return sorted(m.start for m in matches if not m.negated)


def _any_within(starts: list[int], sentence: JudgedSentence) -> bool:
    # By bisection: testing every match against every sentence was quadratic in a long
    # reply ('please ' * 14 286 has as many cues as words).
    i = bisect_left(starts, sentence.start)
    return i < len(starts) and starts[i] < sentence.end


def _qualified(
    ctx: CheckContext, sentence: JudgedSentence, params: Params, matches: list[int]
) -> bool:
    if _any_within(matches, sentence):
        return True
    text = ctx.analysis.text[sentence.start : sentence.end]
    return any(compile_bounded(p, ignore_case=True).search(text) for p in params.qualifier_patterns)


def _evidence(
    check: RubricCheck,
    ctx: CheckContext,
    sentence: JudgedSentence,
    role: Role,
    p: float,
    params: Params,
) -> Finding:
    return make_finding(
        check,
        ctx,
        sentence.start,
        sentence.start + len(sentence.text),
        message=params.evidence_message or "“%s”",
        severity="positive",
        role=role,
        confidence=p,
        reason=judge(ctx.analysis).reason(sentence, role),
    )
