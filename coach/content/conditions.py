"""Declarative branch conditions for later customer turns (never `eval`).

A condition is a small YAML mapping with exactly one form:

    {dimension: empathy, below: 60}        # score of a dimension (or "overall")
    {dimension: overall, at_least: 80}
    {missing: exact-fix}                   # a key point the reply did not cover
    {covered: exact-fix}
    {any: [cond, ...]} / {all: [cond, ...]} / {not: cond}
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from coach.content.model_base import ContentModel


class Condition(ContentModel):
    """One node of a branch condition; see the module docstring for the forms."""

    dimension: str | None = None
    below: float | None = Field(default=None, ge=0, le=100)
    at_least: float | None = Field(default=None, ge=0, le=100)
    missing: str | None = None
    covered: str | None = None
    any: list[Condition] | None = Field(default=None, min_length=1)
    all: list[Condition] | None = Field(default=None, min_length=1)
    not_: Condition | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = [
            name
            for name, present in (
                ("dimension", self.dimension is not None),
                ("missing", self.missing is not None),
                ("covered", self.covered is not None),
                ("any", self.any is not None),
                ("all", self.all is not None),
                ("not", self.not_ is not None),
            )
            if present
        ]
        if len(forms) != 1:
            raise ValueError(
                "a condition needs exactly one of: dimension (with below/at_least), "
                f"missing, covered, any, all, not (found: {', '.join(forms) or 'none'})"
            )
        thresholds = (self.below is not None) + (self.at_least is not None)
        if self.dimension is not None and thresholds != 1:
            raise ValueError("a dimension condition needs exactly one of 'below' or 'at_least'")
        if self.dimension is None and thresholds:
            raise ValueError("'below'/'at_least' only go with 'dimension'")
        return self

    def references(self) -> Iterator[tuple[str, str]]:
        """Yield ("dimension" | "key_point", name) for every name the condition uses."""
        if self.dimension is not None:
            yield "dimension", self.dimension
        for name in (self.missing, self.covered):
            if name is not None:
                yield "key_point", name
        for child in (self.any or []) + (self.all or []):
            yield from child.references()
        if self.not_ is not None:
            yield from self.not_.references()
