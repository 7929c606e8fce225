"""What a reply must not say: one model for an avoid entry, whether a rubric's `avoid`
check lists it (`entries:`) or a scenario does (`avoid:`).

The two differ only in what they add around the entry (a rubric entry may be `critical`;
a scenario entry names its dimension and severity, and needs its own message, having no
check message to fall back on), so both subclass `AvoidEntry` and the scoring layer
matches either without converting one into the other. It lives here, below scoring,
because the scenario format is content.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator, model_validator

from coach.content.authoring_messages import LocalisedValueError
from coach.content.enums import Replaces
from coach.content.model_base import ContentModel, checked_regex, fitting_replacements


class AvoidEntry(ContentModel):
    """A phrase (lemma-matched), a regular expression, or statements matched by meaning,
    that a reply must not contain, with better wordings to offer instead."""

    phrase: str | None = None
    pattern: str | None = None
    # Statements matched by meaning, sentence by sentence (a refund promised in any
    # wording); a clause a negation governs ("we can't refund it") never matches.
    examples: list[str] = Field(default_factory=list)
    similarity: float = Field(default=0.7, gt=0, lt=1)
    replacements: list[str] = Field(default_factory=list)
    replaces: Replaces = "phrase"
    # Without one, a rubric entry's finding says its check's message.
    message: str | None = None
    # A pattern opts into the negation handling phrases always have: a match just after a
    # negation ("we're not able to increase the limit") is not the promise it looks like.
    skip_negated: bool = False

    @property
    def is_critical(self) -> bool:
        """Whether using it is a critical failure, which caps the overall score; each kind
        of entry says so in its own key."""
        return False

    @field_validator("pattern")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        return checked_regex(value)

    @model_validator(mode="after")
    def _phrase_or_pattern(self) -> AvoidEntry:
        if sum((self.phrase is not None, self.pattern is not None, bool(self.examples))) != 1:
            raise LocalisedValueError("avoid_exactly_one")
        fitting_replacements(self.replacements, self.replaces)
        if self.skip_negated and self.pattern is None:
            raise LocalisedValueError("skip_negated_patterns_only")
        return self


class ScenarioAvoidOptions(BaseModel):
    """Parameters of a check type that also scores the scenario's own `avoid` entries.

    Declared in the content layer, where the loader reads them (to tell a trainer that an
    entry no check takes would never be used); a check type's parameter model inherits it,
    so the loader never has to guess parameter names of the scoring layer.
    """

    # Non-critical entries for this check's dimension.
    include_scenario: bool = False
    # Critical entries, whatever their dimension.
    include_critical_scenario: bool = False
