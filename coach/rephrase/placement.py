"""Where a suggestion goes in the reply, and exactly what text it puts there.

A finding about a word replaces the word (or its clause, or its sentence, as the
substitution declares); a finding about something missing inserts a trainers' sentence
where the trainers put that move: a greeting first, an acknowledgement or apology after
the greeting, facts in the body, a next step after them, a closing last but before the
sign-off and signature. Appending every missing move at the end read as a pasted-in
block ("…Best regards, Maria I understand how frustrating this is."), so the place is
computed here, in the core, where it is tested in both languages; the editor only
applies the `Edit`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coach.content.rubric import Rubric
from coach.content.scenario import Scenario
from coach.rephrase.greeting_prefix import (
    is_bare_greeting,
    opens_with_address,
    without_salutation,
)
from coach.rephrase.roles import SentenceRole, move_checks, sentence_roles
from coach.rephrase.substitution import match_case, replace_spans, scope_span
from coach.rephrase.trainer_library import DEFAULT_ORDER, trainer_library
from coach.scoring.effective import effective_checks
from coach.scoring.report import Finding, Suggestion
from coach.text.analysis import analyze

EXPLANATION = "explanation"
_SENTENCE_END = ".!?…"
_SIGNATURE_WORDS = 6  # "Customer Success team, Berlin office"


@dataclass(frozen=True)
class Edit:
    """Replace `reply[start:end]` (code points) with `text`; start == end inserts."""

    start: int
    end: int
    text: str

    def applied_to(self, reply: str) -> str:
        return reply[: self.start] + self.text + reply[self.end :]


@dataclass(frozen=True)
class Placement:
    """What `place` needs to know about the reply, computed once per scoring pass."""

    text: str
    roles: tuple[SentenceRole, ...]
    order: tuple[str, ...]
    move_of: Mapping[str, str]  # check id -> the move it asks for
    names: tuple[str, ...]  # how the customer may be addressed
    chat: bool


def placement(
    text: str,
    rubric: Rubric,
    scenario: Scenario | None,
    roles: Sequence[SentenceRole] | None = None,
) -> Placement:
    """The reply's sentences and the trainers' move order (pass `roles` when the caller
    has already computed them for `text`)."""
    checks = effective_checks(rubric, scenario)
    if roles is None:
        roles = sentence_roles(analyze(text, rubric.language), scenario, checks)
    library = trainer_library(scenario, rubric) if scenario and scenario.examples.good else None
    names: tuple[str, ...] = ()
    if scenario is not None and scenario.persona.name:
        names = (scenario.persona.name, scenario.persona.name.split()[0])
    return Placement(
        text=text,
        roles=tuple(roles),
        order=library.move_order if library else DEFAULT_ORDER,
        move_of={check.id: params.move for check, params in move_checks(checks)},
        names=names,
        chat=scenario is not None and scenario.channel == "chat",
    )


def plan_edit(
    text: str, finding: Finding, suggestion: Suggestion, rubric: Rubric, scenario: Scenario | None
) -> Edit:
    """The edit that applies `suggestion` for `finding` to `text`."""
    return place(placement(text, rubric, scenario), finding, suggestion)


def place(where: Placement, finding: Finding, suggestion: Suggestion) -> Edit:
    """The edit for one suggestion: a replacement when the finding has a span, else an
    insertion at the place of the move (or key point) the finding says is missing."""
    if finding.start is not None and finding.end is not None:
        return _replacement(where, finding.start, finding.end, suggestion)
    return _insertion(where, _target_move(where, finding), suggestion.text)


# ------------------------------------------------------------------ replacing a span


def _replacement(where: Placement, start: int, end: int, suggestion: Suggestion) -> Edit:
    text = where.text
    role = next((r for r in where.roles if r.start <= start < r.end), None)
    if role is None or end > role.end:
        # Across sentences (or outside any): the span itself, its case fitted.
        return Edit(start, end, match_case(suggestion.text, text[start:end]))
    local_start, local_end = start - role.start, end - role.start
    replaces = suggestion.replaces
    if replaces == "phrase" and _is_sentence(suggestion.text) and _is_part(role, start, end):
        # A trainers' sentence offered for part of a sentence ("!!", "UNDERSTAND") stands
        # for the whole sentence: dropped into the span it would read "sorryHi Sarah, …".
        replaces = "sentence"
    local_start, local_end = scope_span(role.text, local_start, local_end, replaces)
    replacement = suggestion.text.strip()
    if replaces == "sentence" and role is not where.roles[0]:
        replacement = without_salutation(replacement, where.names)
    fixed = replace_spans(role.text, [(local_start, local_end, replacement)])
    if replaces == "sentence" or not fixed:
        return Edit(role.start, role.end, fixed)
    return Edit(role.start, role.end, _ended_like(fixed, role.text))


def _is_sentence(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[:1].isupper() and stripped[-1:] in _SENTENCE_END


def _is_part(role: SentenceRole, start: int, end: int) -> bool:
    body = role.text.strip().rstrip(_SENTENCE_END)
    return end - start < len(body)


def _ended_like(fixed: str, original: str) -> str:
    last = original.rstrip()[-1:]
    if last in _SENTENCE_END and fixed.rstrip()[-1:] not in _SENTENCE_END + ":;":
        return fixed.rstrip().rstrip(",") + last
    return fixed


# ------------------------------------------------------------------ inserting a sentence


def _target_move(where: Placement, finding: Finding) -> str:
    if finding.key_point:
        return EXPLANATION  # a fact belongs in the body
    move = where.move_of.get(finding.check_id)
    if move is not None:
        return move
    if finding.check_id == "customer-name":
        return "greeting"  # its suggestions are greetings that use the name
    return EXPLANATION


def _rank(order: Sequence[str], move: str) -> int:
    return order.index(move) if move in order else order.index(EXPLANATION)


def _sentence_rank(where: Placement, index: int) -> int:
    """Where the reply's sentence `index` sits in the trainers' order; a sign-off or
    signature line ("Best regards,", "Maria") after everything, even a closing."""
    role = where.roles[index]
    if _is_signature(where.roles, index):
        return len(where.order)
    if "greeting" in role.moves:
        return 0
    if index == 0 and opens_with_address(role.text, where.names):
        # Opening with a salutation or the customer's name is a greeting to the scorer
        # ("Людмила Павловна, файл в неправильном формате."): nothing goes before it.
        return 0
    if role.key_points:
        return _rank(where.order, EXPLANATION)
    ranks = [where.order.index(m) for m in role.moves if m in where.order]
    return min(ranks) if ranks else _rank(where.order, EXPLANATION)


def _is_signature(roles: Sequence[SentenceRole], index: int) -> bool:
    """A short line without sentence punctuation in the run of such lines that ends the
    reply."""
    if index == 0:
        return False
    for role in roles[index:]:
        stripped = role.text.strip()
        if len(stripped.split()) > _SIGNATURE_WORDS or stripped[-1:] in _SENTENCE_END:
            return False
    return True


def _insertion(where: Placement, move: str, sentence: str) -> Edit:
    """Insert `sentence` before the first sentence of the reply that comes later in the
    trainers' order than `move` (a greeting goes first), laid out like its neighbours."""
    text, roles = where.text, where.roles
    target = _rank(where.order, move)
    if move == "greeting" or not roles:
        after = -1
    else:
        later = [i for i in range(len(roles)) if _sentence_rank(where, i) > target]
        after = (later[0] if later else len(roles)) - 1
    new = _as_sentence(sentence, salutation=move == "greeting")
    if after < 0:
        if not roles:
            return Edit(0, len(text), new)
        first = roles[0]
        if move == "greeting":
            return _new_greeting(where, first, new)
        return Edit(first.start, first.start, new + " ")
    new = without_salutation(new, where.names)
    previous = roles[after]
    following = roles[after + 1] if after + 1 < len(roles) else None
    gap = text[previous.end : following.start] if following else ""
    head = text[previous.start : previous.end].rstrip()
    previous_end = previous.start + len(head)
    if following is not None and "\n" in gap and _sentence_rank(where, after) == 0:
        # After a greeting on its own line: the new sentence opens the body's paragraph.
        if _sentence_rank(where, after + 1) < len(where.order):
            return Edit(following.start, following.start, new + " ")
        return Edit(previous_end, previous_end, "\n\n" + new)
    if head[-1:] in _SENTENCE_END or not head:
        return Edit(previous_end, previous_end, " " + new)
    # The trainee's sentence had no full stop ("thanks for waiting"): it gets one, or the
    # inserted sentence would run on from it.
    stripped = head.rstrip(",;:—- ")
    cut = previous.start + len(stripped)
    return Edit(cut, previous_end, ". " + new)


def _new_greeting(where: Placement, first: SentenceRole, new: str) -> Edit:
    """The greeting `new` opens the reply. A greeting already there gives way rather than
    greet twice ("Hi Sarah, … Dear customer, …"): a bare one ("Добрый день.") is replaced,
    one that opens a sentence ("Dear customer, we apologize…", "Sarah, I understand.")
    loses its salutation and the rest of its sentence follows the new greeting."""
    text = where.text
    head = text[first.start : first.end]
    rest = without_salutation(head, where.names)
    joiner = " " if where.chat else "\n\n"
    if rest != head:
        return Edit(first.start, first.end, new + joiner + rest)
    if "greeting" in first.moves and is_bare_greeting(head):
        return Edit(first.start, first.end, new)
    return Edit(first.start, first.start, new + joiner)


def _as_sentence(text: str, salutation: bool = False) -> str:
    """`text` as a sentence of its own: first letter capitalised, final punctuation (a
    greeting may end in a comma: "Hi Daniel,")."""
    stripped = text.strip()
    if not stripped:
        return stripped
    stripped = stripped[:1].upper() + stripped[1:]
    if salutation and stripped.endswith(","):
        return stripped
    if stripped[-1:] not in _SENTENCE_END:
        stripped = stripped.rstrip(",;:—- ") + "."
    return stripped
