"""Rubric format: weighted dimensions, checks and score bands.

A check in YAML is a flat mapping: the common keys below plus the parameters of its
`type`. The parameters are validated by the schema the scoring layer registers for that
type (injected into the loader), so the content layer stays free of scoring code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from coach.content.enums import Category, Channel, Language, Mood, Severity, Tier
from coach.content.model_base import ContentModel, LanguageCode
from coach.content.moods import mood_id

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
DEFAULT_CRITICAL_CAP = 30.0
# Below a cap the rest of the reply still orders replies: a capped overall is
# cap x (1 - range + range x uncapped / 100), so blame beside a good fix ranks above blame
# beside nothing, as trainers rate them (a 2 and a 1); 0 is a plain ceiling.
DEFAULT_CAP_RANGE = 0.0
# The least an uncapped reply scores: a reply with nothing clearly wrong in it ranks above
# the lowest capped ones (a 2 against a 1 in the rating guide).
DEFAULT_FLOOR = 0.0
COLOUR_PATTERN = re.compile(r"#[0-9a-fA-F]{6}")


class Applicability(ContentModel):
    """Scenario facts a check needs to apply; a check that does not apply drops out of the
    weighting (it neither earns nor loses points)."""

    categories: list[Category] | None = None
    tiers: list[Tier] | None = None
    channels: list[Channel] | None = None
    moods: list[Mood] | None = None
    vip: bool | None = None
    tags_any: list[str] | None = None
    tags_none: list[str] | None = None

    @field_validator("moods", mode="before")
    @classmethod
    def _mood_aliases(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        return [mood_id(item) if isinstance(item, str) else item for item in value]


class Dimension(ContentModel):
    weight: float = Field(gt=0)
    label: str | None = None
    description: str | None = None
    # How the app draws this dimension (bars, underlines, charts); without it the app
    # picks the next colour of its palette. Checked here so a typo is a located error.
    colour: str | None = None

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        if value is not None and not COLOUR_PATTERN.fullmatch(value):
            raise ValueError(
                f"colour '{value}' must be written '#rrggbb' (six hex digits, e.g. '#2f7fd8')"
            )
        return value


class Band(ContentModel):
    min: float = Field(ge=0, le=100)
    label: str = Field(min_length=1)


class CheckCommon(BaseModel):
    """Keys every check has; anything else is a parameter of its type."""

    # Finite floats only, as in `ContentModel`.
    model_config = ConfigDict(
        extra="allow", frozen=True, str_strip_whitespace=True, allow_inf_nan=False
    )

    id: str = Field(pattern=ID_PATTERN)
    type: str
    dimension: str
    message: str = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0)
    critical: bool = False
    # Share of the overall that depends on this check: with 0.5 a reply that scores 0 on it
    # keeps at most half its overall ("polite but solves nothing" is not a good reply).
    gate: float = Field(default=0.0, ge=0, le=1)
    enabled: bool = True
    severity: Severity = "major"
    applies_when: Applicability | None = None
    description: str | None = None


COMMON_KEYS = frozenset(CheckCommon.model_fields)


class RubricDoc(ContentModel):
    """The rubric file as written; checks are validated separately per type."""

    id: str = Field(pattern=ID_PATTERN)
    language: LanguageCode
    title: str = Field(min_length=1)
    description: str | None = None
    dimensions: dict[str, Dimension] = Field(min_length=1)
    bands: list[Band] = Field(min_length=1)
    critical_cap: float = Field(default=DEFAULT_CRITICAL_CAP, ge=0, le=100)
    cap_range: float = Field(default=DEFAULT_CAP_RANGE, ge=0, le=1)
    floor: float = Field(default=DEFAULT_FLOOR, ge=0, le=100)
    checks: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("dimensions")
    @classmethod
    def _dimension_names(cls, value: dict[str, Dimension]) -> dict[str, Dimension]:
        for name in value:
            if not re.match(r"^[a-z][a-z_]*$", name):
                raise ValueError(f"dimension name '{name}' must be lower-case letters and '_'")
        return value

    @field_validator("floor")
    @classmethod
    def _floor_below_cap(cls, value: float, info: ValidationInfo) -> float:
        cap = info.data.get("critical_cap", DEFAULT_CRITICAL_CAP)
        if value and value >= cap:
            raise ValueError(f"floor ({value:g}) must be below critical_cap ({cap:g})")
        return value


def shown_score(score: float) -> int:
    """A score as every screen and report shows it, a whole number.

    `round` rounds exact halves to even, like the `:.0f` format the GUI, CLI and exports
    use, so the band taken from this number always agrees with the number on screen.
    """
    return round(score)


@runtime_checkable
class RefersToChecks(Protocol):
    """A check type's parameters that name other checks of the rubric (`respect`'s
    `checks`, `shares`'s `check`): the loader reports a name that is no check's id."""

    def referenced_checks(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class RubricCheck:
    """One check of a rubric with its validated, type-specific parameters."""

    id: str
    type: str
    dimension: str
    message: str
    weight: float
    critical: bool
    enabled: bool
    severity: Severity
    applies_when: Applicability | None
    params: BaseModel
    description: str | None = None
    gate: float = 0.0

    def with_overrides(self, common: dict[str, Any], params: BaseModel) -> RubricCheck:
        values = {**self.__dict__, **common, "params": params}
        return RubricCheck(**values)


@dataclass(frozen=True)
class Rubric:
    """A validated rubric, ready for scoring."""

    id: str
    language: Language
    title: str
    dimensions: dict[str, Dimension]
    bands: tuple[Band, ...]
    checks: tuple[RubricCheck, ...]
    critical_cap: float = DEFAULT_CRITICAL_CAP
    cap_range: float = DEFAULT_CAP_RANGE
    floor: float = DEFAULT_FLOOR
    description: str | None = None
    path: str = ""
    content_hash: str = ""
    check_index: dict[str, RubricCheck] = field(default_factory=dict, compare=False)

    def band_for(self, score: float) -> str:
        """The band of `score` as it is shown: 84.7 is shown as 85, so with an Excellent
        band from 85 it is Excellent (a trainee reading "85 (Good)" stops trusting both)."""
        shown = shown_score(score)
        for band in sorted(self.bands, key=lambda b: b.min, reverse=True):
            if shown >= band.min:
                return band.label
        return self.bands[-1].label if self.bands else ""
