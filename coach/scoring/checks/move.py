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

from coach.content.rubric import RubricCheck
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import JudgedSentence, judge
from coach.scoring.judgement.roles import Role
from coach.scoring.params.move import Params
from coach.scoring.report import Finding
from coach.text.bounded_regex import compile_bounded
from coach.text.phrases import PhraseMatch, find_phrases

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
