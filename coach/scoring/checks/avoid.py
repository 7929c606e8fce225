"""`avoid`: phrases or patterns the reply must not contain, each with better wordings.

Entries are phrases or regular expressions (whose capture groups can be used in
replacements as \\1, and `{1:datv}` inflects a captured Russian word); patterns run with a
time bound (`coach.text.bounded_regex`). Phrases match by each word's most likely lemma
only (a word list of things *not* to say must not fire on a homonym: "данный" is not
"данные"); a word written as `=form` matches that exact form only ("=ждите" but not
"ждать"). A negated phrase match ("it is not your fault") is forgiven; a pattern match is
forgiven only when its entry says `skip_negated: true` (a pattern may be written to match
the negation itself).

With `include_scenario`, the scenario's own non-critical `avoid` entries for this check's
dimension are added; with `include_critical_scenario`, its critical entries (whatever
their dimension), each of which caps the overall score when used.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex
from pydantic import Field, field_validator

from coach.content.avoid import AvoidEntry, ScenarioAvoidOptions
from coach.content.enums import Language
from coach.content.rubric import RubricCheck
from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.checks.base import CheckParams
from coach.scoring.context import CheckContext, CheckResult, make_finding
from coach.scoring.judgement.judge import (
    DEFAULT_THRESHOLD,
    JudgedSentence,
    judge,
    similarities,
    stance_of,
)
from coach.scoring.judgement.roles import Role
from coach.scoring.material import nearest_in_material, scenario_material
from coach.scoring.report import Finding, Suggestion
from coach.text.analysis import Analysis, analyze
from coach.text.bounded_regex import BoundedPattern, compile_bounded
from coach.text.embedding import shared_encoder
from coach.text.hedges import hedged_words
from coach.text.languages import Inflector, profile
from coach.text.negation import (
    as_sentence,
    free_clauses,
    governed_at,
    long_clauses,
    negated_sentences,
    negations_of,
)
from coach.text.phrases import DEFAULT_MAX_GAP, find_phrases
from coach.text.regex_screen import folded_text_of, might_match, required_words


class Entry(AvoidEntry):
    """One of a rubric avoid check's own `entries`."""

    # Using it caps the overall score, as a critical scenario entry does.
    critical: bool = False

    @property
    def is_critical(self) -> bool:
        return self.critical


class Params(CheckParams, ScenarioAvoidOptions):
    """What a rubric may set on a `avoid` check."""

    # include_scenario, include_critical_scenario: from ScenarioAvoidOptions, which the
    # content loader reads.
    entries: list[Entry] = Field(default_factory=list)
    penalty: float = Field(default=0.5, gt=0, le=1)
    max_gap: int = Field(default=DEFAULT_MAX_GAP, ge=0, le=5)

    @field_validator("entries", mode="before")
    @classmethod
    def _plain_strings(cls, value: object) -> object:
        # A bare string is shorthand for {phrase: "..."}.
        if isinstance(value, list):
            return [{"phrase": v} if isinstance(v, str) else v for v in value]
        return value


# How much less close a sentence may be to an entry's examples when it also plays their
# role (see `_says`).
STANCE_MARGIN = 0.15
# A claim nearer than this to nothing in the scenario's material has no footing in it...
UNBACKED = 0.45
# ...and may be this much less close to an entry's examples, when it is nearer to them than
# to the material by `UNBACKED_LEAD`. Measured on the dev and fresh parts' replies the
# check missed: 12 rated 1-2 caught, 1 rated 4 ("I've gone through the logs for your API
# key", 0.61 from whitelisting the key).
UNBACKED_MARGIN = 0.25
UNBACKED_LEAD = 0.05
# A sentence whose heads put every role of the examples' stance below this plainly does
# not do what they do, and must be this much closer to them. Cross-fitted tuning parts:
# dev 0.894 -> 0.898, fresh 0.896 -> 0.897, fresh3 0.884 -> 0.889, fresh2 0.913 -> 0.918
# Spearman, pairwise level or up; the same at a margin of 0.15 or a bar of 0.2.
CONTRARY = 0.1
CONTRARY_MARGIN = 0.1

RUBRIC_SOURCE = "rubric substitution"
SCENARIO_SOURCE = "scenario substitution"


@dataclass(frozen=True)
class _Prepared:
    """A check's entries for one scenario, compiled once: phrases for one matcher pass
    (with their ready-made suggestions), patterns as compiled regexes with the words one
    of which each of their matches contains (a reply without them skips the scan)."""

    phrases: tuple[str, ...]
    by_phrase: dict[str, tuple[AvoidEntry, tuple[Suggestion, ...]]]
    patterns: tuple[tuple[AvoidEntry, BoundedPattern, str, frozenset[str] | None], ...]
    statements: tuple[tuple[AvoidEntry, tuple[Suggestion, ...]], ...]


@by_identity
def _prepare(check: RubricCheck, scenario: Scenario | None) -> _Prepared:
    return _prepared_from(_entries(check, scenario))


def _prepared_from(entries: list[tuple[AvoidEntry, str]]) -> _Prepared:
    by_phrase: dict[str, tuple[AvoidEntry, tuple[Suggestion, ...]]] = {}
    for entry, source in entries:
        if entry.phrase is not None and entry.phrase not in by_phrase:
            suggestions = tuple(Suggestion(r, source, entry.replaces) for r in entry.replacements)
            by_phrase[entry.phrase] = (entry, suggestions)
    patterns = tuple(
        (
            entry,
            compile_bounded(entry.pattern, ignore_case=True),
            source,
            required_words(entry.pattern, re.IGNORECASE),
        )
        for entry, source in entries
        if entry.pattern
    )
    statements = tuple(
        (entry, tuple(Suggestion(r, source, entry.replaces) for r in entry.replacements))
        for entry, source in entries
        if entry.examples
    )
    return _Prepared(tuple(by_phrase), by_phrase, patterns, statements)


def entry_matches(entry: AvoidEntry, analysis: Analysis, max_gap: int = DEFAULT_MAX_GAP) -> bool:
    """Whether a scenario's avoid `entry` would find something in `analysis`, as the
    check that takes it would: `coach validate` warns about an entry that none of the
    scenario's bad examples trips."""
    return entry_match(entry, analysis, max_gap) is not None


def entry_match(
    entry: AvoidEntry, analysis: Analysis, max_gap: int = DEFAULT_MAX_GAP
) -> tuple[int, int] | None:
    """The first span of `analysis` a scenario's avoid `entry` finds, or None."""
    prepared = _prepared_from([(entry, SCENARIO_SOURCE)])
    hits = _hits(prepared, analysis, max_gap) or _statements(prepared, analysis, None)
    return (hits[0][1], hits[0][2]) if hits else None


def _entries(check: RubricCheck, scenario: Scenario | None) -> list[tuple[AvoidEntry, str]]:
    params = check.params
    assert isinstance(params, Params)
    entries: list[tuple[AvoidEntry, str]] = [(e, RUBRIC_SOURCE) for e in params.entries]
    if scenario is not None:
        for item in scenario.avoid:
            critical = item.is_critical
            same = item.dimension == check.dimension
            if not (
                (params.include_scenario and same and not critical)
                or (params.include_critical_scenario and critical)
            ):
                continue
            entries.append((item, SCENARIO_SOURCE))
    return entries


def run(check: RubricCheck, ctx: CheckContext) -> CheckResult:
    params = check.params
    assert isinstance(params, Params)
    prepared = _prepare(check, ctx.scenario)
    if not prepared.phrases and not prepared.patterns and not prepared.statements:
        return CheckResult(None)
    findings: list[Finding] = []
    critical = False
    # One byte per character of the reply, set where a finding already stands: a hit
    # overlapping one is dropped. Testing each hit against every earlier one was quadratic
    # in a long paste ('TRY AGAIN NOW ' * 7 000 has thousands of hits).
    taken = bytearray(len(ctx.analysis.text) + 1)
    hits = _hits(prepared, ctx.analysis, params.max_gap) + _statements(
        prepared, ctx.analysis, ctx.scenario
    )
    for entry, start, end, suggestions in hits:
        if taken.find(1, start, max(end, start + 1)) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        critical = critical or entry.is_critical
        findings.append(
            make_finding(
                check,
                ctx,
                start,
                end,
                message=entry.message,
                severity="critical" if entry.is_critical else None,
                suggestions=suggestions,
            )
        )
    score = max(0.0, 1.0 - params.penalty * len(findings))
    findings.sort(key=lambda f: f.start or 0)
    return CheckResult(score, findings, critical_failure=critical)


Hit = tuple[AvoidEntry, int, int, tuple[Suggestion, ...]]


def _hits(prepared: _Prepared, analysis: Analysis, max_gap: int) -> list[Hit]:
    """Every match of every entry; phrases are matched in one pass (longest first)."""
    hits: list[Hit] = []
    if prepared.phrases:
        judgement = judge(analysis)
        hedged = sorted(hedged_words(analysis))
        for match in find_phrases(analysis, prepared.phrases, max_gap, strict=True):
            sentence = judgement.containing(match.start)
            # A listed phrase inside a sentence judged kind is not the phrase it resembles:
            # "I'm so sorry you're dealing with it" does not say "deal with it"; nor is a
            # promise word a negation governs («обещать, что…, я не могу») a promise.
            if (
                not match.negated
                and not (sentence is not None and sentence.is_kind())
                and not _holds_any(hedged, match.start, match.end)
            ):
                entry, suggestions = prepared.by_phrase[match.phrase]
                hits.append((entry, match.start, match.end, suggestions))
    if not prepared.patterns:
        return hits
    text = analysis.text
    folded_text = folded_text_of(analysis)
    inflect = profile(analysis.language).inflect
    for entry, pattern, source, words in prepared.patterns:
        if not might_match(words, folded_text):
            continue
        for found in pattern.finditer(text):
            if found.end() == found.start():
                continue
            start, end = _whole_words(text, found.start(), found.end())
            if entry.skip_negated and (
                _negated_at(analysis, start) or governed_at(analysis, start)
            ):
                continue
            suggestions = tuple(
                Suggestion(_expand(found, r, inflect), source, entry.replaces)
                for r in entry.replacements
            )
            hits.append((entry, start, end, suggestions))
    return hits


def _holds_any(ordered: list[int], start: int, end: int) -> bool:
    """Whether sorted `ordered` has an offset in [start, end): one bisection per match."""
    k = bisect_left(ordered, start)
    return k < len(ordered) and ordered[k] < end


def _negated_at(analysis: Analysis, offset: int) -> bool:
    """Whether a negation reaches the token at character `offset` as it reaches a phrase:
    within a few words before it, in the same sentence and clause. Only before the match:
    a pattern that spans a negation was written to match it."""
    ends = analysis.memo("token_ends", lambda a: [token.end for token in a.tokens])
    index = bisect_right(ends, offset)
    if index >= len(analysis.tokens):
        return False
    return negations_of(analysis).reaches(index)


def _statements(prepared: _Prepared, analysis: Analysis, scenario: Scenario | None) -> list[Hit]:
    """Sentences that say what an `examples` entry describes, by meaning, and are nearer
    to it than to anything the scenario's own material says (see `coach.scoring.material`):
    "Your current role is Member." shares its words with "I've updated your role from
    Member to Admin." but says what the trainers say."""
    if not prepared.statements:
        return []
    judgement = judge(analysis)
    negated = negated_sentences(analysis)
    language = analysis.language
    hits: list[Hit] = []
    clauses = free_clauses(analysis, negated) + long_clauses(analysis, negated)
    # Embedded once for every entry (the encoder's cache would answer again, but not free).
    clause_vectors = (
        shared_encoder().embed([as_sentence(text, language) for _, text in clauses])
        if clauses
        else None
    )
    backed = scenario is not None and len(scenario_material(scenario)) > 0
    allowed = nearest_in_material(judgement.vectors, scenario) if scenario and backed else None
    clauses_allowed = (
        nearest_in_material(clause_vectors, scenario)
        if scenario and backed and clause_vectors is not None
        else None
    )
    clause_judged = _ClauseJudgements(language)
    for entry, suggestions in prepared.statements:
        stance = stance_of(tuple(entry.examples), language)
        if clauses and clause_vectors is not None:
            close = similarities(clause_vectors, entry.examples, shared_encoder())
            for k, (start, text) in enumerate(clauses):
                material = float(clauses_allowed[k]) if clauses_allowed is not None else None
                if _says(entry, float(close[k].max()), material, stance, clause_judged[text]):
                    hits.append((entry, start, start + len(text), suggestions))
        close = similarities(judgement.vectors, entry.examples, shared_encoder())
        denying = _denying_examples(tuple(entry.examples), language)
        # Per sentence: the closest of the examples that hold a negation.
        close_denying = close[:, list(denying)].max(axis=1) if denying else None
        for i, sentence in enumerate(judgement.sentences):
            if sentence.start in negated:
                # A negation may deny what the examples say ("I won't refund you") or say
                # it ("this will never happen again"): only examples with one of their own
                # are the same statement.
                if close_denying is None:
                    continue
                similarity = float(close_denying[i])
            else:
                similarity = float(close[i].max())
            material = float(allowed[i]) if allowed is not None else None
            if _says(entry, similarity, material, stance, (sentence,)):
                hits.append(
                    (entry, sentence.start, sentence.start + len(sentence.text), suggestions)
                )
    return hits


@lru_cache(maxsize=512)
def _denying_examples(examples: tuple[str, ...], language: Language) -> tuple[int, ...]:
    """The indexes of the examples that hold a negation ("…won't fail again")."""
    return tuple(k for k, text in enumerate(examples) if negated_sentences(analyze(text, language)))


def _says(
    entry: AvoidEntry,
    similarity: float,
    material: float | None,
    stance: frozenset[Role],
    judged: Sequence[JudgedSentence],
) -> bool:
    """Whether a sentence or clause (judged as `judged`), `similarity` close to `entry`'s
    examples and `material` close to the scenario's material (None: no material), says
    what the entry forbids."""
    if material is not None and material > similarity:
        return False
    if similarity < entry.similarity - max(STANCE_MARGIN, UNBACKED_MARGIN):
        return False  # too far from the examples for any rule below: most sentences
    # Plainly not doing what the examples do (they promise, it explains) asks for a closer
    # match: "Ваш скрипт передаёт 500, поэтому первый ответ говорит именно о нём." is 0.72
    # from "raise the limit to 500" examples and over-promise 0.00. An unbacked claim at
    # the entry's own bar is held to that bar (cross-fitted tuning parts: fresh
    # 0.893/0.956 -> 0.898/0.958, dev, fresh2 and fresh3 unchanged).
    contrary = stance and all(s.p(role) < CONTRARY for s in judged for role in stance)
    if contrary and not (similarity >= entry.similarity and _unbacked_claim(material, judged)):
        return similarity >= entry.similarity + CONTRARY_MARGIN
    if similarity >= entry.similarity:
        return True
    # On the same subject and doing what the examples do (promising, blaming) says it in
    # new words: "I've pushed a full refund through" is "I've refunded the full amount"
    # without sharing its wording.
    if similarity >= entry.similarity - STANCE_MARGIN and any(
        s.p(role) >= DEFAULT_THRESHOLD for s in judged for role in stance
    ):
        return True
    # An unbacked claim on the entry's subject is the forbidden statement in words the
    # encoder puts further off: "I've waived Brightline's SMS fees for the rest of the
    # quarter" is 0.55 from "…this month's SMS charges are waived" and 0.38 from anything
    # the scenario says.
    return (
        material is not None
        and similarity >= entry.similarity - UNBACKED_MARGIN
        and similarity >= material + UNBACKED_LEAD
        and _unbacked_claim(material, judged)
    )


def _unbacked_claim(material: float | None, judged: Sequence[JudgedSentence]) -> bool:
    """A claim the scenario says nothing near: the heads may read a forbidden promise made
    as a done deed ("I've asked engineering to whitelist your API key for 500-record
    pages": action taken 0.98, over-promise 0.07) as no promise at all."""
    return material is not None and material < UNBACKED and any(s.is_claim() for s in judged)


class _ClauseJudgements(dict[str, tuple[JudgedSentence, ...]]):
    """A clause's judged sentences, judged when first asked for: most clauses are never
    close enough to an entry to need them."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._language = language

    def __missing__(self, text: str) -> tuple[JudgedSentence, ...]:
        # Judged as the sentence it would be: a clause cut out of one starts in lower case
        # ("and I've been told the patch goes out on Thursday"), which the heads read as
        # texting register (unprofessional 0.31, over-promise 0.02, against 0.02 and
        # 0.79 for «к 13:30 всё поднимется» capitalised).
        judged = judge(analyze(as_sentence(text, self._language), self._language)).sentences
        self[text] = judged
        return judged


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a pattern match to whole words: "за 10 мин" in "за 10 минут" covers "минут",
    so a replacement never leaves half a word behind."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


_INFLECT = re.compile(r"\{(\d+):([a-z,]+)\}")


def _expand(match: Any, replacement: str, inflect: Inflector | None) -> str:
    """Fill `\\1` with capture groups and `{1:datv}` with a group put into a grammatical
    form by the reply language's `inflect` (so "к {1:datv}" agrees whatever case the
    customer's word was in); a language without one keeps the group as written."""

    def inflected(slot: re.Match[str]) -> str:
        group = match.group(int(slot.group(1))) or ""
        if inflect is None:
            return group
        return inflect(group, frozenset(slot.group(2).split(",")))

    try:
        text = match.expand(replacement)
        return _INFLECT.sub(inflected, text)
    except (re.error, regex.error, IndexError, ValueError):
        return replacement  # a literal replacement that merely contains a backslash
