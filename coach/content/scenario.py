"""Scenario format: the customer, their messages, and what a good reply must do."""

from __future__ import annotations

from typing import Any

from pydantic import Field, PrivateAttr, field_validator, model_validator

from coach.content.authoring_messages import LocalisedValueError
from coach.content.avoid import AvoidEntry
from coach.content.conditions import Condition
from coach.content.enums import Category, Channel, Mood, Severity, Tier
from coach.content.model_base import ContentModel, LanguageCode
from coach.content.moods import mood_id
from coach.content.rubric import ID_PATTERN

Scalar = str | int | float | bool


class Persona(ContentModel):
    name: str = Field(min_length=1)
    mood: Mood
    vip: bool = False
    company: str | None = None
    role: str | None = None
    plan: str | None = None

    @field_validator("mood", mode="before")
    @classmethod
    def _mood_alias(cls, value: Any) -> Any:
        # "раздражён", "Frustrated": stored as the mood id, so filters see one name.
        return mood_id(value) if isinstance(value, str) else value


class Context(ContentModel):
    """What the agent can see in the ticket besides the customer's words."""

    summary: str | None = None
    account: dict[str, Scalar] = Field(default_factory=dict)
    # How the ticket names an account fact (`term_ends: Contract ends`); a fact without
    # one is shown by its humanised key. Optional, additive.
    labels: dict[str, str] = Field(default_factory=dict)
    docs: str | None = None
    log: str | None = None
    notes: str | None = None

    @model_validator(mode="after")
    def _labels_name_facts(self) -> Context:
        # A label for a fact that is not there is a typo that would silently vanish.
        unknown = [key for key in self.labels if key not in self.account]
        if unknown:
            if not self.account:
                raise LocalisedValueError("labels_no_account", keys=", ".join(unknown))
            raise LocalisedValueError(
                "labels_unknown_fact",
                keys=", ".join(unknown),
                facts=", ".join(sorted(self.account)),
            )
        empty = [key for key, label in self.labels.items() if not label.strip()]
        if empty:
            raise LocalisedValueError("labels_empty", keys=", ".join(empty))
        return self


class Branch(ContentModel):
    id: str = Field(pattern=ID_PATTERN)
    when: Condition | None = None
    message: str = Field(min_length=1)


class Turn(ContentModel):
    """A customer turn: a fixed message, or branches chosen by the previous reply's scores."""

    id: str = Field(pattern=ID_PATTERN)
    message: str | None = None
    branches: list[Branch] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _message_or_branches(self) -> Turn:
        if (self.message is None) == (self.branches is None):
            raise LocalisedValueError("turn_message_or_branches")
        return self


class KeyPoint(ContentModel):
    """Something the reply must say. Matches when any phrase matches, or when every group
    in `requires` has a matching phrase (groups are alternatives, lemma-matched), or when a
    sentence says it in other words: close in meaning to one of `examples`, the
    description, or a good trainer example's sentence that matches by phrase."""

    id: str = Field(pattern=ID_PATTERN)
    description: str = Field(min_length=1)
    phrases: list[str] = Field(default_factory=list)
    requires: list[list[str]] = Field(default_factory=list)
    # Whole sentences that say it, in a trainer's words, matched by meaning.
    examples: list[str] = Field(default_factory=list)
    weight: float = Field(default=1.0, gt=0)

    @model_validator(mode="after")
    def _has_matchers(self) -> KeyPoint:
        if not self.phrases and not self.requires and not self.examples:
            raise LocalisedValueError("key_point_needs_phrases")
        if any(not group for group in self.requires):
            raise LocalisedValueError("requires_group_empty")
        return self


class ScenarioAvoidEntry(AvoidEntry):
    """A scenario-specific entry to avoid, scored by the rubric's avoid checks that take
    the scenario's entries (`include_scenario`, `include_critical_scenario`)."""

    # Required here: no check message stands behind a scenario's entry.
    message: str = Field(min_length=1)
    dimension: str = "tone"
    severity: Severity = "major"

    @property
    def is_critical(self) -> bool:
        return self.severity == "critical"


class Example(ContentModel):
    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    note: str = Field(min_length=1)
    style: str | None = None


class BadExample(Example):
    fails: list[str] = Field(min_length=1)


class Examples(ContentModel):
    good: list[Example] = Field(min_length=1)
    bad: list[BadExample] = Field(default_factory=list)


class Scenario(ContentModel):
    """A validated scenario. `path` and `content_hash` are set by the loader."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    language: LanguageCode
    category: Category
    tier: Tier
    channel: Channel
    persona: Persona
    brief: str | None = None
    context: Context = Field(default_factory=Context)
    turns: list[Turn] = Field(min_length=1)
    key_points: list[KeyPoint] = Field(default_factory=list)
    avoid: list[ScenarioAvoidEntry] = Field(default_factory=list)
    vocabulary: list[str] = Field(default_factory=list)
    rubric: str = Field(pattern=ID_PATTERN)
    overrides: dict[str, dict[str, Any]] = Field(default_factory=dict)
    examples: Examples
    time_limit_minutes: float | None = Field(default=None, gt=0)
    tags: list[str] = Field(default_factory=list)
    agent_name: str | None = None

    _path: str = PrivateAttr(default="")
    _content_hash: str = PrivateAttr(default="")

    @property
    def path(self) -> str:
        return self._path

    @property
    def content_hash(self) -> str:
        return self._content_hash

    def attach_source(self, path: str, content_hash: str) -> None:
        self._path = path
        self._content_hash = content_hash

    @model_validator(mode="after")
    def _first_turn_fixed(self) -> Scenario:
        if self.turns[0].message is None:
            raise LocalisedValueError("first_turn_message")
        return self

    def key_point(self, key_point_id: str) -> KeyPoint | None:
        return next((kp for kp in self.key_points if kp.id == key_point_id), None)
