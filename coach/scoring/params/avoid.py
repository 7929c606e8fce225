"""What a rubric may set on a `avoid` check; `coach.scoring.checks.avoid` scores it."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from coach.content.authoring_messages import LocalisedValueError
from coach.content.enums import Replaces
from coach.content.model_base import checked_regex, fitting_replacements
from coach.content.rubric import ScenarioAvoidOptions
from coach.content.scenario import SKIP_NEGATED_PATTERNS_ONLY
from coach.scoring.params.base import CheckParams
from coach.text.phrases import DEFAULT_MAX_GAP


class Entry(CheckParams):
    phrase: str | None = None
    pattern: str | None = None
    # Statements matched by meaning, sentence by sentence (a refund promised in any
    # wording); a sentence with a negation ("we can't refund it") never matches.
    examples: list[str] = Field(default_factory=list)
    similarity: float = Field(default=0.7, gt=0, lt=1)
    replacements: list[str] = Field(default_factory=list)
    replaces: Replaces = "phrase"
    message: str | None = None
    critical: bool = False
    # A pattern opts into the negation handling phrases always have: a match just after a
    # negation ("we're not able to increase the limit") is not the promise it looks like.
    skip_negated: bool = False

    @field_validator("pattern")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        return checked_regex(value)

    @model_validator(mode="after")
    def _phrase_or_pattern(self) -> Entry:
        if sum((self.phrase is not None, self.pattern is not None, bool(self.examples))) != 1:
            raise ValueError("an entry needs exactly one of 'phrase', 'pattern' or 'examples'")
        fitting_replacements(self.replacements, self.replaces)
        if self.skip_negated and self.pattern is None:
            raise LocalisedValueError(SKIP_NEGATED_PATTERNS_ONLY)
        return self


class Params(CheckParams, ScenarioAvoidOptions):
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
