"""A full suggested rewrite of a reply in the trainers' style, proven better by re-scoring.

The rewrite keeps the trainee's own content sentences (with the rubric's and scenario's
substitutions, spelling fixes and calmer punctuation applied), drops every sentence judged
negative (blame, condescension, dismissal, slang, a false promise), adds the structural
moves and key points the reply is missing using sentences from the scenario's good trainer
examples, and orders everything as the trainer examples order their moves: one greeting
first, one closing (and sign-off) last. Of two sentences that state the same fact, one
goes; a trainers' sentence that adds nothing to the score goes too.

It is re-scored and offered only when it scores higher than the original and reaches the
rubric's "Good" band (`offer`); otherwise `Rewrite.reason` says why, and `text` is the
original, so no caller can show a lower-scoring text as the rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.rephrase.diff import DiffOp, word_diff
from coach.rephrase.duplicates import SAME_FACT, Statement, meaning, redundant
from coach.rephrase.greeting_prefix import (
    is_bare_greeting,
    is_salutation,
    opens_with_address,
    without_salutation,
)
from coach.rephrase.offer import Verdict, judge_offer
from coach.rephrase.prose import capitalised, chat_lines, introduced_first
from coach.rephrase.roles import SentenceRole, move_checks, sentence_roles
from coach.rephrase.slots import fill_slots
from coach.rephrase.substitution import calm, replace_spans, scope_span
from coach.rephrase.support import unsupported
from coach.rephrase.trainer_library import (
    TrainerLibrary,
    TrainerSentence,
    is_complete,
    trainer_library,
)
from coach.scoring.applicability import applies
from coach.scoring.checks import key_points
from coach.scoring.effective import effective_checks
from coach.scoring.engine import score_reply
from coach.scoring.judgement.judge import DEFAULT_THRESHOLD, FACT_ROLES, Judgement, judge
from coach.scoring.report import Finding, ScoreReport
from coach.text.analysis import analyze
from coach.text.negation import pieces_of_long_sentences

CONTENT = "content"
SIGNATURE = "signature"
_SIGNATURE_WORDS = 4
_TEAM_WORDS = 6  # "Customer Success team, Berlin office"
# Below this many words a sentence's vector says too little for the repeat test by
# meaning ("I understand." vs "Hi Sarah, I understand, and I'm sorry…": cosine 0.24).
_SHORT_WORDS = 4
# A rewrite is rewritten until nothing scores higher (a fixed point); in practice one
# more round is all it takes, the limit only bounds a pathological case.
_SETTLE_ROUNDS = 4
# Slots that hold exactly one sentence: a reply greets once and closes once.
_SINGLE = ("greeting", "closing")
# Moves that say nothing new the second time: a second thank-you is padding too.
_WARM_MOVES = frozenset({"acknowledgement", "apology", "appreciation"})
# A negative role's head this sure marks a kept sentence of the trainee's for the trainers'
# words to replace, if they keep its key points (see `_draft`).
SURE = 0.75
_OPENING_SLOTS = frozenset({"acknowledgement", "apology", "appreciation"})


@dataclass(frozen=True)
class Rewrite:
    """The composed reply, both reports, a word diff and what was kept, added, dropped.

    When no rewrite is offered, `text` is the original, `after` is `before`, the diff is
    empty and `reason` says why (in the rubric's language); `best` keeps the best attempt's
    score for that message and for tests.
    """

    text: str
    before: ScoreReport
    after: ScoreReport
    diff: tuple[DiffOp, ...]
    kept: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    offered: bool = True
    reason: str = ""
    best: float | None = None

    @property
    def improved(self) -> bool:
        return self.offered and self.after.overall > self.before.overall


@dataclass
class _Piece:
    text: str
    slot: str
    order: float
    moves: frozenset[str] = frozenset()
    key_points: frozenset[str] = frozenset()
    tail: str = ""
    phrase_checks: frozenset[str] = frozenset()
    own: bool = False  # the trainee's sentence (their voice and facts win a tie)
    weak_fix: bool = False  # a trainers' sentence for a move the trainee did weakly


def rewrite(
    text: str,
    rubric: Rubric,
    scenario: Scenario | None = None,
    before: ScoreReport | None = None,
) -> Rewrite:
    """Compose the rewrite, score both versions and decide whether to offer it (see the
    module docstring).

    `before` is the report the caller already has for `text` (the window scored it a
    moment ago); without it the text is scored here.
    """
    if before is None:
        before = score_reply(text, rubric, scenario)
    if not text.strip():
        verdict = judge_offer(before.overall, before.overall, rubric, empty=True)
        return Rewrite(text, before, before, (), offered=False, reason=verdict.reason)
    draft, verdict = _attempt(text, rubric, scenario, before)
    if verdict.offered:
        return _settled(draft, text, rubric, scenario)
    return Rewrite(
        text=text,
        before=before,
        after=before,
        diff=(),
        offered=False,
        reason=verdict.reason,
        best=draft.after.overall,
    )


def _attempt(
    text: str, rubric: Rubric, scenario: Scenario | None, before: ScoreReport
) -> tuple[Rewrite, Verdict]:
    """The best draft for `text` and whether it is worth offering."""
    draft = _draft(text, rubric, scenario, before)
    verdict = judge_offer(
        before.overall, draft.after.overall, rubric, has_scenario=scenario is not None
    )
    if not verdict.offered and scenario is not None and scenario.examples.good:
        # Short of "Good" with the trainee's flawed sentences kept for their facts (a
        # paragraph of jargon that names the right fix): let the trainers state those
        # facts instead, and keep whichever draft scores higher.
        strict = _draft(text, rubric, scenario, before, strict=True)
        if strict.after.overall > draft.after.overall:
            draft = strict
            verdict = judge_offer(before.overall, draft.after.overall, rubric)
    return draft, verdict


def _settled(first: Rewrite, text: str, rubric: Rubric, scenario: Scenario | None) -> Rewrite:
    """`first` rewritten again while that scores higher, so that rewriting the rewrite
    changes nothing: a trainee who applies it and asks again must not be offered another
    (a thank-you the first pass had no room to see missing, a fact now in a new place)."""
    result = first
    for _ in range(_SETTLE_ROUNDS):
        again, verdict = _attempt(result.text, rubric, scenario, result.after)
        if not verdict.offered:
            break
        present = again.text
        # Kept, added and dropped stay relative to the trainee's text.
        result = Rewrite(
            text=again.text,
            before=first.before,
            after=again.after,
            diff=tuple(word_diff(text.strip(), again.text)),
            kept=tuple(t for t in first.kept if t in present),
            added=tuple(t for t in dict.fromkeys(result.added + again.added) if t in present),
            dropped=tuple(dict.fromkeys(result.dropped + again.dropped)),
        )
    return result


def _draft(
    text: str,
    rubric: Rubric,
    scenario: Scenario | None,
    before: ScoreReport,
    strict: bool = False,
) -> Rewrite:
    """The best rewrite found, offered or not. `strict` drops every trainee sentence with
    a problem finding, not only the hostile ones."""
    checks = effective_checks(rubric, scenario)
    library = trainer_library(scenario, rubric) if scenario and scenario.examples.good else None
    order = library.move_order if library else ("greeting", "explanation", "closing")
    pieces, dropped = _own_sentences(text, before, rubric, scenario, checks, order, strict)
    kept = [p.text for p in pieces]
    if library is not None and _failed(before, checks, "customer_name"):
        # A greeting without the name is replaced by the trainers' greeting, which has it.
        dropped += [p.text for p in pieces if p.slot == "greeting"]
        pieces = [p for p in pieces if p.slot != "greeting"]
    new: list[_Piece] = []
    if library is not None:
        new = _gap_pieces(pieces, before, library, checks, scenario, order, text)
    composed = _compose(pieces + new, scenario)
    after = score_reply(composed, rubric, scenario)
    lost = set(after.missing_key_points) - set(before.missing_key_points)
    if library is not None and lost:
        # Points the trainee covered in sentences that went or were substituted away.
        new += _gap_pieces(pieces + new, after, library, checks, scenario, order, text)
        composed = _compose(pieces + new, scenario)
    after = score_reply(composed, rubric, scenario)
    # A sentence of the trainee's still judged hostile or negative (one kept for its key
    # point, or one the splitter saw differently among new neighbours) goes as well, and
    # the trainers' sentences stand in for its facts, if the reply then scores higher.
    hostile = _hostile_pieces(composed, pieces, after, checks, rubric)
    if hostile and library is not None:
        trimmed = [p for p in pieces if p.text not in hostile]
        first = _compose(trimmed + new, scenario)
        refill = _gap_pieces(
            trimmed + new,
            score_reply(first, rubric, scenario),
            library,
            checks,
            scenario,
            order,
            text,
        )
        trial = _compose(trimmed + new + refill, scenario)
        trial_report = score_reply(trial, rubric, scenario)
        # No sentence judged negative stays: the trimmed reply wins when it keeps the key
        # points (in the trainers' words) or scores higher anyway.
        keeps_points = set(trial_report.missing_key_points) <= set(after.missing_key_points)
        if keeps_points or trial_report.overall > after.overall:
            composed, after, pieces, new = trial, trial_report, trimmed, new + refill
            dropped += sorted(hostile)
    if library is not None and _has_weak_moves(after, checks):
        # Second pass: the trainers' sentence for each move still weak, kept only if the
        # re-scored result is better.
        more = _gap_pieces(pieces + new, after, library, checks, scenario, order, text, True)
        if more:
            trial = _compose(pieces + new + more, scenario)
            trial_report = score_reply(trial, rubric, scenario)
            if trial_report.overall > after.overall:
                composed, after, new = trial, trial_report, new + more
    used = _without_repeats(_arrange(pieces + new, scenario), rubric)
    used = _pruned(used, rubric, scenario)
    composed = _render(used, scenario)
    after = score_reply(composed, rubric, scenario)
    composed, after = _calmed(composed, after, rubric, scenario, checks)
    present = {p.text for p in used}
    return Rewrite(
        text=composed,
        before=before,
        after=after,
        diff=tuple(word_diff(text.strip(), composed)),
        kept=tuple(t for t in kept if t in present),
        added=tuple(p.text for p in new if p.text in present),
        dropped=tuple(dropped + [p.text for p in pieces if p.text not in present]),
    )


def _without_repeats(arranged: list[_Piece], rubric: Rubric) -> list[_Piece]:
    """`arranged` without sentences that restate another's fact (by meaning)."""
    candidates = [p for p in arranged if p.slot != SIGNATURE and not _is_sign_off(p.text)]
    statements = [
        Statement(p.text, p.key_points, p.own, pinned=p.slot in _SINGLE) for p in candidates
    ]
    drop = {id(candidates[i]) for i in redundant(statements, rubric.language)}
    return [p for p in arranged if id(p) not in drop]


def _pruned(arranged: list[_Piece], rubric: Rubric, scenario: Scenario | None) -> list[_Piece]:
    """Without the sentences that add nothing: positives count once per role, so a second
    acknowledgement or thank-you is padding. The trainee's short sentences whose moves a
    longer sentence makes go ("I understand." left after "Hi Sarah, I understand, and I'm
    sorry…": too short for the encoder to see the repeat by meaning). The trainers'
    sentences with no key point whose moves another sentence also makes are tried, each
    kept unless the reply scores at least as well without it."""
    current = list(arranged)
    for piece in reversed(arranged):
        # The trainee's fragment goes whatever the score says ("Готово!" left after the
        # sentence it announced was dropped): the offer still re-scores the whole reply.
        if piece.own and _is_repeat(piece, current, _names(scenario)):
            current = [p for p in current if p is not piece]
    score = score_reply(_render(current, scenario), rubric, scenario).overall
    warm = {id(p): _warm_only(p.text, rubric) for p in arranged}

    def padding(piece: _Piece, others: Sequence[_Piece]) -> bool:
        if piece.key_points or piece.slot in (*_SINGLE, SIGNATURE):
            return False
        if not piece.own:
            return all(any(m in p.moves for p in others) for m in piece.moves)
        # The trainee's second apology, acknowledgement or thank-you ("We apologise for
        # any inconvenience caused." after "I understand, and I'm sorry we let you down
        # again."): the same move said twice is padding whoever wrote it. Facts stay.
        role = warm[id(piece)]
        if role is not None and any(warm[id(p)] == role or role in p.moves for p in others):
            return True
        # The trainee's general promise next to the trainers' exact one ("Буду держать вас
        # в курсе и проверю ночной запуск." beside "…проверю ночной запуск в 02:00 и до
        # 10:00 сообщу результат"): every move made again, on the same subject.
        if all(any(m in p.moves for p in others) for m in piece.moves):
            mine = meaning(piece.text, rubric.language)
            if any(float(mine @ meaning(p.text, rubric.language)) >= SAME_FACT for p in others):
                return True
        # A trainer leaves out what might read as a brush-off even when the reply does
        # not flag it ("Should the issue persist, you may open a new ticket." in a form
        # letter): with no fact of the scenario in it, nothing is lost.
        return _doubtful(piece.text, rubric.language)

    for own in (False, True):  # the trainers' sentences go first, the trainee's after
        for piece in reversed(arranged):
            if piece.own != own or piece not in current:
                continue
            others = [p for p in current if p is not piece]
            if not padding(piece, others):
                continue
            trial = score_reply(_render(others, scenario), rubric, scenario).overall
            if trial >= score:
                current, score = others, trial
    return current


def _warm_only(text: str, rubric: Rubric) -> str | None:
    """The warm move (apology, acknowledgement, thanks) a sentence is judged to make and
    nothing else: no explanation, action or next step in it."""
    sentences = judge(analyze(text, rubric.language)).sentences
    if len(sentences) != 1:
        return None
    (sentence,) = sentences
    role, p = sentence.strongest_positive()
    if role not in _WARM_MOVES or p < DEFAULT_THRESHOLD:
        return None
    if any(sentence.p(other) >= DEFAULT_THRESHOLD for other in FACT_ROLES):
        return None
    return role


def _is_repeat(piece: _Piece, pieces: Sequence[_Piece], names: Sequence[str]) -> bool:
    """A short sentence with no key point whose every move a longer sentence makes
    (counted as rendered: "Михаил, приношу извинения!" loses its address in the body)."""
    if piece.key_points or not piece.moves or piece.slot in (*_SINGLE, SIGNATURE):
        return False
    if len(without_salutation(piece.text, names).split()) >= _SHORT_WORDS:
        return False
    others = [p for p in pieces if p is not piece]
    moves = set(piece.moves)
    if any(p.slot == "greeting" for p in others):
        # The reply greets once, in its own greeting ("Здравствуйте, Михаил!", short too).
        moves.discard("greeting")
    longer = [p for p in others if len(p.text.split()) >= _SHORT_WORDS]
    return all(any(m in p.moves for p in longer) for m in moves)


def _calmed(
    composed: str,
    report: ScoreReport,
    rubric: Rubric,
    scenario: Scenario | None,
    checks: Sequence[RubricCheck],
) -> tuple[str, ScoreReport]:
    """Shouting the sentence-level fixes missed (capitals in a greeting, "!!" between
    two kept sentences) calmed in the final text."""
    shouting = {c.id for c in checks if c.type == "shouting"}
    edits = [
        (f.start, f.end, calm(f.quote))
        for f in report.findings
        if f.check_id in shouting and f.start is not None and f.end is not None and f.quote
    ]
    if not edits:
        return composed, report
    calmed = _replace_keeping_layout(composed, edits)
    calmed_report = score_reply(calmed, rubric, scenario)
    if calmed_report.overall >= report.overall:
        return calmed, calmed_report
    return composed, report


def _replace_keeping_layout(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    result = text
    for start, end, replacement in sorted(edits, key=lambda e: e[0], reverse=True):
        at_start = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?\n"
        original = text[start:end]
        fitted = replacement
        if at_start and original[:1].isupper():
            fitted = replacement[:1].upper() + replacement[1:]
        result = result[:start] + fitted + result[end:]
    return result


def _hostile_pieces(
    composed: str,
    pieces: Sequence[_Piece],
    report: ScoreReport,
    checks: Sequence[RubricCheck],
    rubric: Rubric,
) -> set[str]:
    """The texts of the trainee's kept sentences that `report` finds hostile, or that the
    judgement marks negative, in `composed` or on their own (among new neighbours the
    splitter may run one into the sentence before it: "…click Import. ur file's got…")."""
    spans = [
        (f.start, f.end)
        for f in report.findings
        if f.start is not None and f.end is not None and _is_hostile(f, checks)
    ]
    spans += [
        (s.start, s.end)
        for s in judge(analyze(composed, rubric.language)).sentences
        if s.is_negative()
    ]
    found: set[str] = set()
    for piece in pieces:
        if piece.slot == SIGNATURE:
            continue
        at = composed.find(piece.text)
        in_composed = at >= 0 and any(at <= a < at + len(piece.text) for a, _ in spans)
        if in_composed or (piece.own and _judged_negative(piece.text, rubric.language, True)):
            found.add(piece.text)
    return found


def _judged_negative(text: str, language: str, or_one_head_sure: bool = False) -> bool:
    """Judged negative; `or_one_head_sure`: or one negative role's head is sure of it
    though the union head is not, or a clause of a long sentence is judged negative
    alone. A trainer would not send either."""
    analysis = analyze(text, language)
    sentences = judge(analysis).sentences
    if any(s.is_negative() for s in sentences):
        return True
    if not or_one_head_sure:
        return False
    if any(s.strongest_negative()[1] >= SURE for s in sentences):
        return True
    # A long sentence's helpful half can hide its blaming one from the judgement of the
    # whole ("If you'd saved it as a proper CSV in the first place this wouldn't have
    # happened, but anyway: set Separator…" is blame 0.52, union 0.03); judged alone,
    # that clause is blame 1.00, union 0.98.
    return any(
        s.is_negative()
        for _, clause in pieces_of_long_sentences(analysis)
        for s in judge(analyze(capitalised(clause), language)).sentences
    )


def _doubtful(text: str, language: str) -> bool:
    """One of the two negative readings (the union head, the strongest role's head) is
    past the threshold, though not both as `is_negative` asks."""
    return any(
        max(s.negativity, s.strongest_negative()[1]) >= DEFAULT_THRESHOLD
        for s in judge(analyze(text, language)).sentences
    )


def _failed(report: ScoreReport, checks: Sequence[RubricCheck], check_type: str) -> bool:
    ids = {c.id for c in checks if c.type == check_type}
    return any(o.check_id in ids and o.score is not None and o.score < 1.0 for o in report.checks)


def _has_weak_moves(report: ScoreReport, checks: Sequence[RubricCheck]) -> bool:
    return _failed(report, checks, "move") or _failed(report, checks, "phrases")


# ------------------------------------------------------------------ the trainee's sentences


def _own_sentences(
    text: str,
    report: ScoreReport,
    rubric: Rubric,
    scenario: Scenario | None,
    checks: Sequence[RubricCheck],
    order: Sequence[str],
    strict: bool = False,
) -> tuple[list[_Piece], list[str]]:
    if not text.strip():
        return [], []
    analysis = analyze(text, rubric.language)
    roles = sentence_roles(analysis, scenario, checks, anywhere=frozenset({"greeting", "closing"}))
    judgement = judge(analysis)
    negative = [(s.start, s.end) for s in judgement.sentences if s.is_negative()]
    signature_from = _signature_start(roles)
    names = _names(scenario)
    pieces: list[_Piece] = []
    dropped: list[str] = []
    for index, role in enumerate(roles):
        if index >= signature_from:
            pieces.append(_Piece(role.text, SIGNATURE, len(order) + index / 1000, own=True))
            continue
        findings = [f for f in report.findings if f.has_span and _inside(f, role)]
        judged_negative = any(role.start <= a < role.end for a, _ in negative)
        hostile = judged_negative or any(_is_hostile(f, checks) for f in findings)
        flawed = strict and any(f.severity in ("critical", "major") for f in findings)
        # A sentence stating the opposite of a key point is a wrong fact: the trainers'
        # sentence for that point stands in (and for any other point it carried), or the
        # rewrite would say both.
        wrong = bool(role.denied)
        # A claim or fact the scenario does not back goes: the rewrite's facts come from
        # the scenario. A key point found in it by its words ("After cancelling, your
        # client list is gone" has "cancelling") is the trainers' sentence's to say.
        invented = scenario is not None and unsupported(role.text, scenario)
        if flawed or wrong or invented or (hostile and not role.key_points):
            dropped.append(role.text)
            continue
        edits = _edits(findings, role, scenario, checks)
        fixed = replace_spans(role.text, edits) if edits else role.text
        if not fixed.strip(" .,!?;:-—"):
            dropped.append(role.text)
            continue
        frame = _judged_frame(judgement, role)
        moves = role.moves | frame
        if opens_with_address(role.text, names) and not is_salutation(role.text):
            # An address by name before a move ("Sarah, I understand.") is not the reply's
            # greeting: the trainers' greeting stands in for the address.
            frame, moves = frame - {"greeting"}, moves - {"greeting"}
        # A closing that carries a key point ("I'm here until it's back") still closes:
        # in the body it would stand between the facts.
        slot = "closing" if frame == {"closing"} else _slot_of(role, order, frame or moves)
        # A clause or sentence substitution may take a key point's words with it ("you
        # should have cancelled within 30 days"); the trainers' sentences then restate it.
        points = _still_covered(fixed, role.key_points, scenario) if edits else role.key_points
        pieces.append(
            _Piece(
                _end_punctuation(fixed, role.text),
                slot,
                _rank(slot, order, index),
                moves,
                points,
                own=True,
            )
        )
    return pieces, dropped


def _still_covered(text: str, points: frozenset[str], scenario: Scenario | None) -> frozenset[str]:
    if not points or scenario is None:
        return points
    analysis = analyze(text, scenario.language)
    return frozenset(
        p.id
        for p in scenario.key_points
        if p.id in points and key_points.key_point_spans(analysis, p) is not None
    )


def _signature_start(roles: Sequence[SentenceRole]) -> int:
    """Index where a trailing signature starts ("Maria", "Support Team"), or len(roles).

    A signature is the run of short lines without sentence punctuation at the very end,
    right after a closing (or forming the last line of a multi-line reply)."""
    index = len(roles)
    while index > 1:
        role = roles[index - 1]
        words = role.text.split()
        if len(words) > _TEAM_WORDS or role.text.rstrip()[-1:] in ".!?:" or role.moves:
            break
        index -= 1
    if index == len(roles) or index == 0:
        return len(roles)
    # A longer line ("отдел по работе с клиентами") is a signature only right after a
    # sign-off ("С уважением,"); elsewhere it may be a sentence without its full stop.
    after_sign_off = _is_sign_off(roles[index - 1].text)
    if not after_sign_off:
        while index < len(roles) and len(roles[index].text.split()) > _SIGNATURE_WORDS:
            index += 1
    return index


def _inside(finding: Finding, role: SentenceRole) -> bool:
    return finding.start is not None and role.start <= finding.start < role.end


def _is_hostile(finding: Finding, checks: Sequence[RubricCheck]) -> bool:
    """Blame, condescension, dismissal, a false promise or a forbidden phrase: a sentence
    with no key point that says one of these goes, and the trainers' sentences stand in.
    (Minor wording issues, like filler, are substituted in place instead.)"""
    if finding.severity == "critical":
        return True
    check = next((c for c in checks if c.id == finding.check_id), None)
    # A sentence judged by meaning to blame, mock, dismiss, use slang or over-promise is
    # hostile however it is worded.
    return (
        check is not None
        and check.type in ("avoid", "sentence_role")
        and finding.severity == "major"
    )


def _edits(
    findings: Sequence[Finding],
    role: SentenceRole,
    scenario: Scenario | None,
    checks: Sequence[RubricCheck],
) -> list[tuple[int, int, str]]:
    """Substitutions and spelling fixes (first suggestion), and shouting calmed down."""
    shouting = {c.id for c in checks if c.type == "shouting"}
    edits: list[tuple[int, int, str]] = []
    for finding in findings:
        if finding.start is None or finding.end is None:
            continue
        start, end = finding.start - role.start, finding.end - role.start
        if any(start < e and s < end for s, e, _ in edits):
            continue
        if finding.check_id in shouting:
            edits.append((start, end, calm(finding.quote)))
            continue
        if not finding.suggestions:
            continue
        suggestion = finding.suggestions[0]
        replacement = fill_slots(suggestion.text, scenario)
        if replacement is None:
            continue
        if suggestion.replaces == "sentence":
            # The trainer's sentence stands for the whole of the trainee's.
            return [(0, len(role.text.rstrip()), replacement)]
        start, end = scope_span(role.text, start, end, suggestion.replaces)
        edits = [(s, e, r) for s, e, r in edits if not (start < e and s < end)]
        edits.append((start, end, replacement))
    return edits


def _judged_frame(judgement: Judgement, role: SentenceRole) -> frozenset[str]:
    """ "greeting" or "closing" when the judgement says that is what the sentence does,
    whether or not the rubric's cues saw it ("Have a nice day!"), or saw another move in
    it too ("Please let me know if you have any further questions" has an acknowledgement
    cue): it goes to the end, not between the greeting and the facts."""
    sentence = judgement.containing(role.start)
    if sentence is None:
        return frozenset()
    found, p = sentence.strongest_positive()
    if found in _SINGLE and p >= DEFAULT_THRESHOLD:
        return frozenset({found})
    return frozenset()


def _slot_of(role: SentenceRole, order: Sequence[str], moves: frozenset[str] | None = None) -> str:
    if role.key_points:
        return CONTENT  # facts stay in the body, whatever else the sentence does
    for name in order:
        if name in (role.moves if moves is None else moves) and name != "explanation":
            return name
    return CONTENT


def _rank(slot: str, order: Sequence[str], index: int) -> float:
    position = order.index("explanation") if slot == CONTENT else order.index(slot)
    return position + index / 1000


def _end_punctuation(fixed: str, original: str) -> str:
    last = original.rstrip()[-1:]
    if last in ".!?" and fixed.rstrip()[-1:] not in ".!?:;":
        return fixed.rstrip().rstrip(",") + last
    return fixed


# ------------------------------------------------------------------ the trainers' sentences


def _gap_pieces(
    pieces: Sequence[_Piece],
    report: ScoreReport,
    library: TrainerLibrary,
    checks: Sequence[RubricCheck],
    scenario: Scenario | None,
    order: Sequence[str],
    original: str,
    weak: bool = False,
) -> list[_Piece]:
    """Trainer sentences for the moves, key points and courtesy the reply is missing."""
    outcome = {c.check_id: c.score for c in report.checks}
    current = list(pieces)
    new: list[_Piece] = []

    def add(choice: TrainerSentence | None, slot: str) -> None:
        if choice is not None:
            piece = _trainer_piece(choice, slot, order, scenario, weak)
            current.append(piece)
            new.append(piece)

    for check, params in move_checks(checks):
        score = outcome.get(check.id)
        if score is None or not applies(check.applies_when, scenario):
            continue
        has_move = any(params.move in p.moves for p in current)
        # Missing now (perhaps dropped with a hostile sentence), or still weak on a retry.
        if has_move and not (weak and score < 1.0):
            continue
        choice = _best(library.for_move(params.move), current, original, scenario, params.move)
        add(choice, params.move if params.move != "explanation" else CONTENT)
    covered = {kp for p in current for kp in p.key_points}
    for point in report.missing_key_points:
        if point in covered:
            continue
        choice = _best(library.for_key_point(point), current, original, scenario, None, covered)
        add(choice, CONTENT)
        covered |= choice.key_points if choice else frozenset()
    for check in checks:
        score = outcome.get(check.id)
        if check.type != "phrases" or score is None or score >= 1.0:
            continue
        if any(check.id in p.phrase_checks for p in current):
            continue
        choice = _best(library.for_phrase_check(check.id), current, original, scenario, None)
        if choice is not None:
            add(choice, _slot_for_moves(choice.moves, order))
    return new


def _slot_for_moves(moves: frozenset[str], order: Sequence[str]) -> str:
    for name in order:
        if name in moves and name not in ("explanation", "greeting"):
            return name
    return CONTENT


def _trainer_piece(
    choice: TrainerSentence,
    slot: str,
    order: Sequence[str],
    scenario: Scenario | None,
    weak_fix: bool = False,
) -> _Piece:
    text = fill_slots(choice.text, scenario) or choice.text
    # Added sentences sit in their move's place; among content, after the trainee's own.
    base = order.index("explanation") if slot == CONTENT else order.index(slot)
    if slot == CONTENT and choice.position == 0 and choice.moves <= {"greeting"}:
        # What a trainer says in the greeting's sentence ("Hi Ryan, thank you for
        # explaining."), added for its courtesy, stays in the opening.
        base = order.index("greeting") if "greeting" in order else 0
    return _Piece(
        text,
        slot,
        base + 0.5 + choice.position / 10,
        choice.moves,
        choice.key_points,
        choice.tail if slot == "closing" else "",
        choice.phrase_checks,
        weak_fix=weak_fix,
    )


def _best(
    candidates: Sequence[TrainerSentence],
    pieces: Sequence[_Piece],
    original: str,
    scenario: Scenario | None,
    move: str | None,
    covered: set[str] | frozenset[str] = frozenset(),
) -> TrainerSentence | None:
    """The trainer sentence that does the job most cleanly and sounds most like the reply.

    Preferred: complete sentences; for a move, sentences that do only that move; for key
    points, sentences that cover more of what is still missing; then similarity to the
    trainee's reply (their voice), then earlier in its example.
    """
    used = {_normal(p.text) for p in pieces}
    best: tuple[float, ...] | None = None
    chosen = None
    for candidate in candidates:
        if _normal(candidate.text) in used or fill_slots(candidate.text, scenario) is None:
            continue
        extra_moves = len(candidate.moves - {move}) if move else 0
        new_points = len(candidate.key_points - covered)
        similarity = fuzz.token_set_ratio(original.lower(), candidate.text.lower())
        key = (
            0 if is_complete(candidate.text) else 1,
            extra_moves,
            -new_points,
            -similarity,
            candidate.position,
        )
        if best is None or key < best:
            best, chosen = key, candidate
    return chosen


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _compose(pieces: Sequence[_Piece], scenario: Scenario | None) -> str:
    return _render(_arrange(pieces, scenario), scenario)


def _arrange(pieces: Sequence[_Piece], scenario: Scenario | None) -> list[_Piece]:
    """The pieces a reply is made of, in the trainers' order: no sentence twice, one
    greeting, one closing sentence, one sign-off line, then the signature."""
    ordered = sorted(pieces, key=lambda p: p.order)
    seen: set[str] = set()
    unique = []
    for piece in ordered:
        key = _normal(piece.text)
        if key and key not in seen:
            seen.add(key)
            unique.append(piece)
    # A sentence that another piece already holds whole (the splitter ran two together
    # in an earlier pass) would be said twice.
    unique = [
        p
        for p in unique
        if len(_normal(p.text).split()) < 4
        or not any(o is not p and _normal(p.text) in _normal(o.text) for o in unique)
    ]
    greetings = [p for p in unique if p.slot == "greeting"]
    if not greetings:
        # A trainers' sentence added for another move may greet too ("Hi Sarah, I'm
        # sorry…"): it opens the reply.
        greetings = [p for p in unique if "greeting" in p.moves][:1]
        if greetings:
            greetings = [replace(greetings[0], slot="greeting", order=-1.0)]
            unique = [p for p in unique if "greeting" not in p.moves or p.own]
    greeting = _one(greetings)
    if greeting and is_bare_greeting(greeting[0].text):
        # "Hi Daniel," on its own line, then the trainee's "Thank you for reaching out…":
        # both open the reply, and the second is a sentence worth keeping, not a second
        # greeting to drop. It stays first in the body.
        unique = [
            replace(p, slot=CONTENT)
            if p.slot == "greeting" and p.own and p is not greeting[0]
            else p
            for p in unique
        ]
    closing = [p for p in unique if p.slot == "closing"]
    sentence = _one([p for p in closing if not _is_sign_off(p.text)])
    sign_off = _one([p for p in closing if _is_sign_off(p.text)], prefer_own=True)
    signature = [p for p in unique if p.slot == SIGNATURE]
    body = [p for p in unique if p.slot not in (*_SINGLE, SIGNATURE)]
    # A body sentence the rubric's cues call a closing ("I'll walk you through it, just
    # let me know…") ends the body: anything after it would read as a postscript.
    # One in an opening slot ("Thank you for flagging this, and I'm sorry…") opens it.
    body.sort(
        key=lambda p: (
            "closing" in p.moves and "greeting" not in p.moves and p.slot not in _OPENING_SLOTS
        )
    )
    body = introduced_first(body, lambda p: p.text, scenario)
    return [*greeting, *body, *sentence, *sign_off, *signature]


def _one(candidates: Sequence[_Piece], prefer_own: bool = False) -> list[_Piece]:
    """The one piece a single slot keeps: one that carries a key point, else the trainers'
    sentence added because the trainee's was weak, else the trainee's own, else the first
    trainers' one."""
    if not candidates:
        return []
    with_points = [p for p in candidates if p.key_points]
    if with_points:
        return with_points[:1]  # the one that states a fact cannot go
    if not prefer_own:
        fix = [p for p in candidates if p.weak_fix]
        if fix:
            return fix[:1]
    own = [p for p in candidates if p.own]
    return (own or list(candidates))[:1]


def _is_sign_off(text: str) -> bool:
    """ "Kind regards," or "Спасибо за терпение,": a short line before the signature, not
    a sentence."""
    stripped = text.strip()
    return len(stripped.split()) <= _SIGNATURE_WORDS and stripped[-1:] not in ".!?…"


def _render(arranged: Sequence[_Piece], scenario: Scenario | None) -> str:
    """The reply's text: greeting, body and closing as the channel lays them out."""
    head = [p.text for p in arranged if p.slot == "greeting"]
    body = [capitalised(p.text) for p in arranged if p.slot not in (*_SINGLE, SIGNATURE)]
    closing = [p for p in arranged if p.slot == "closing"]
    signature = [p.text for p in arranged if p.slot == SIGNATURE]
    # Only the reply's first sentence may greet or address the customer by name.
    names = _names(scenario)
    if head:
        body = [without_salutation(text, names) for text in body]
    else:
        body = body[:1] + [without_salutation(text, names) for text in body[1:]]
    closing_texts = [without_salutation(p.text, names) for p in closing]
    tail_lines = closing_texts + signature
    has_own_tail = signature or any(p.own and _is_sign_off(p.text) for p in closing)
    trainer_tail = next((p.tail for p in reversed(closing) if not p.own and p.tail), "")
    if not has_own_tail and trainer_tail:
        # The trainer's sign-off and name after their closing, minus lines already there.
        present = {_normal(line) for line in tail_lines}
        tail_lines += [
            line
            for line in trainer_tail.splitlines()
            if line.strip() and _normal(line) not in present
        ]
    if scenario is not None and scenario.channel == "chat":
        return chat_lines([*head, *body, *tail_lines])
    blocks = [" ".join(head), " ".join(body), "\n".join(tail_lines)]
    return "\n\n".join(block for block in blocks if block).strip()


def _names(scenario: Scenario | None) -> tuple[str, ...]:
    """How the customer may be addressed: first name and full name."""
    if scenario is None or not scenario.persona.name:
        return ()
    full = scenario.persona.name
    return (full, full.split()[0])
