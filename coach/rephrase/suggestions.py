"""One to three better phrasings per finding, in the trainers' voice.

Sources, in order: the substitutions written in the rubric or scenario (already attached
to `avoid` findings by the scorer, slots filled here), then sentences from the scenario's
good trainer examples that make the move the finding is about (acknowledge, explain, give
a next step, close, cover a key point), ranked by similarity to the trainee's sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from coach.content.enums import Language
from coach.content.rubric import Rubric, RubricCheck
from coach.content.scenario import Scenario
from coach.rephrase.placement import Edit, Placement, place, placement
from coach.rephrase.roles import SentenceRole, move_checks, sentence_roles
from coach.rephrase.slots import fill_slots
from coach.rephrase.trainer_library import TrainerLibrary, TrainerSentence, trainer_library
from coach.scoring.effective import effective_checks
from coach.scoring.engine import score_reply
from coach.scoring.report import Finding, ScoreReport, Suggestion
from coach.text.analysis import analyze
from coach.text.languages import core_message

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class FindingSuggestions:
    """The suggestions for `report.findings[index]`, and for each the edit that applies it
    to the text they were made for (`edits[i]` goes with `suggestions[i]`).

    `at_start`: the finding is a missing move the rubric wants at the start of the reply
    (a `move` check with `position: start`, such as a greeting); its edits insert there.
    """

    index: int
    finding: Finding
    suggestions: tuple[Suggestion, ...]
    at_start: bool = False
    edits: tuple[Edit, ...] = ()


def suggest(
    text: str, report: ScoreReport, rubric: Rubric, scenario: Scenario | None
) -> list[FindingSuggestions]:
    """Suggestions for every problem finding that has a better phrasing."""
    checks = effective_checks(rubric, scenario)
    moves = move_checks(checks)
    move_of = {check.id: params.move for check, params in moves}
    opening = {check.id for check, params in moves if params.position == "start"}
    roles = sentence_roles(analyze(text, rubric.language), scenario, checks) if text.strip() else []
    library = trainer_library(scenario, rubric) if scenario and scenario.examples.good else None
    where = placement(text, rubric, scenario, roles)
    results = []
    for index, finding in enumerate(report.findings):
        if finding.is_positive:
            continue
        options = _substitutions(finding, scenario)
        sentence = _sentence_at(roles, finding.start)
        # Sized to the finding: a word or phrase inside a sentence gets its substitution
        # (or "Delete"), not a trainers' sentence that would replace three words with
        # twenty ("…and I'm sorry. this is not our fault.").
        phrase_sized = (
            bool(options)
            and sentence is not None
            and len(finding.quote) < len(sentence.strip().rstrip(".!?…"))
        )
        if library is not None and len(options) < MAX_SUGGESTIONS and not phrase_sized:
            wanted = _trainer_candidates(finding, move_of, roles, library, checks)
            context = sentence or text
            options += _ranked(wanted, context, scenario, exclude=text)
        kept = _not_lowering(text, report, rubric, scenario, where, finding, options)
        if kept:
            suggestions, edits = zip(*kept, strict=True)
            at_start = finding.start is None and finding.check_id in opening
            results.append(FindingSuggestions(index, finding, suggestions, at_start, edits))
    return results


def _not_lowering(
    text: str,
    report: ScoreReport,
    rubric: Rubric,
    scenario: Scenario | None,
    where: Placement,
    finding: Finding,
    options: Sequence[Suggestion],
) -> list[tuple[Suggestion, Edit]]:
    """Up to `MAX_SUGGESTIONS` of `options` with their edits, without any that would lower
    the score: a suggestion is a promise that applying it helps, and a substitution that
    drops a key point with its clause, or a trainers' sentence that is a closing where a
    next step was weak, breaks it. Edits that change the trainee's words are re-scored
    (a few per pass; the sentence cache re-embeds only the changed sentence); inserting a
    trainers' sentence for a missing move adds that move and leaves the rest as it was.
    """
    kept: list[tuple[Suggestion, Edit]] = []
    baseline: float | None = None
    for suggestion in dict.fromkeys(options):
        if len(kept) == MAX_SUGGESTIONS:
            break
        edit = place(where, finding, suggestion)
        if edit.end > edit.start:
            if baseline is None:
                # Scored the same way as the candidates (`report` may hold a LanguageTool
                # spelling pass), so only the edit makes the difference.
                baseline = min(report.overall, score_reply(text, rubric, scenario).overall)
            after = score_reply(edit.applied_to(text), rubric, scenario).overall
            if after < baseline:
                continue
        kept.append((suggestion, edit))
    return kept


def _substitutions(finding: Finding, scenario: Scenario | None) -> list[Suggestion]:
    filled = []
    for suggestion in finding.suggestions:
        text = fill_slots(suggestion.text, scenario)
        if text is not None:
            # `replaces` travels with it: the edit widens to the clause or sentence declared.
            filled.append(replace(suggestion, text=text))
    return filled


def _trainer_candidates(
    finding: Finding,
    move_of: Mapping[str, str],
    roles: Sequence[SentenceRole],
    library: TrainerLibrary,
    checks: Sequence[RubricCheck],
) -> list[TrainerSentence]:
    if finding.key_point:
        return library.for_key_point(finding.key_point)
    if finding.check_id in move_of:
        return library.for_move(move_of[finding.check_id])
    if _is_type(finding, checks, "customer_name"):
        return library.for_move("greeting")
    if finding.start is None or _is_type(finding, checks, "spelling"):
        return []
    role = next((r for r in roles if r.start <= finding.start < r.end), None)
    moves = sorted(role.moves) if role and role.moves else ["explanation"]
    found: list[TrainerSentence] = []
    for name in moves:
        found += library.for_move(name)
    for point in role.key_points if role else ():
        found += library.for_key_point(point)
    return found


def _is_type(finding: Finding, checks: Sequence[RubricCheck], type_name: str) -> bool:
    return any(c.id == finding.check_id and c.type == type_name for c in checks)


def _sentence_at(roles: Sequence[SentenceRole], position: int | None) -> str | None:
    if position is None:
        return None
    return next((r.text for r in roles if r.start <= position < r.end), None)


def _ranked(
    candidates: Iterable[TrainerSentence], context: str, scenario: Scenario | None, exclude: str
) -> list[Suggestion]:
    scored = []
    for candidate in candidates:
        text = fill_slots(candidate.text, scenario)
        if text is None or text in exclude:
            continue
        similarity = fuzz.token_set_ratio(context.lower(), text.lower())
        scored.append((-similarity, candidate.position, text, candidate.source))
    scored.sort()
    return [Suggestion(text, source) for _, _, text, source in scored]


MENU_CHARACTERS = 80


def suggestion_label(
    suggestion: Suggestion, finding: Finding, language: Language, limit: int = MENU_CHARACTERS
) -> str:
    """How a suggestion reads in a menu: "Delete “Obviously”" for one that deletes, else
    its text elided at a word boundary to `limit` characters (the full text goes in the
    tooltip)."""
    if not suggestion.text.strip():
        quote = elide(finding.quote.strip(), limit // 2)
        # In the reply's language, like every message (its profile's `delete_suggestion`).
        return core_message(language, "delete_suggestion").format(quote=quote)
    return elide(suggestion.text.strip(), limit)


def elide(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:—-") + "…"
