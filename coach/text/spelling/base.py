"""The interface every spelling/grammar back end implements, and what it returns."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import Literal, Protocol

from coach.content.enums import Language

IssueKind = Literal["spelling", "grammar", "style"]


@dataclass(frozen=True)
class SpellIssue:
    """One problem at `text[start:end]` (code-point offsets)."""

    start: int
    end: int
    kind: IssueKind
    message: str
    suggestions: tuple[str, ...] = ()
    rule: str = ""


@dataclass(frozen=True)
class SpellReport:
    """Issues found in one text and which back end found them.

    `note` explains a degraded result, e.g. that a configured LanguageTool server was
    unreachable and the offline checker was used instead.
    """

    backend: str
    issues: tuple[SpellIssue, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class SpellRequest:
    """What a back end needs besides the text: words to accept as correct."""

    text: str
    language: Language
    accept: Set[str] = field(default_factory=frozenset)


class SpellChecker(Protocol):
    """A spelling/grammar back end. `check` never raises for bad text; it may raise
    `CoachError` subclasses for environment problems (the caller falls back)."""

    name: str

    def check(self, request: SpellRequest) -> SpellReport: ...
