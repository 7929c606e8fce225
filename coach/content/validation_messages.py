"""Turn pydantic's validation errors into located messages a trainer can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from coach.content.authoring_messages import LocalisedValueError
from coach.content.enums import DEFAULT_LANGUAGE
from coach.content.issues import ContentIssue
from coach.content.yaml_source import LocatedDocument


def issues_from(
    error: ValidationError,
    doc: LocatedDocument,
    prefix: Sequence[str | int] = (),
    model: type[BaseModel] | None = None,
    extra_known: Iterable[str] = (),
) -> list[ContentIssue]:
    """One `ContentIssue` per pydantic error, located in `doc` below `prefix`."""
    issues = []
    language = doc.data.get("language") if isinstance(doc.data, dict) else None
    for detail in error.errors():
        loc = [*prefix, *(part for part in detail["loc"] if not _is_union_tag(part))]
        at_key = detail["type"] == "extra_forbidden"
        cause = detail.get("ctx", {}).get("error")
        if isinstance(cause, LocalisedValueError):
            message = cause.in_language(str(language or DEFAULT_LANGUAGE))
        else:
            message = describe(detail, model, extra_known)
        issues.append(doc.issue(loc, message, at_key))
    return sorted(set(issues))


def _is_union_tag(part: Any) -> bool:
    # pydantic adds the union member type name ("str", "int", "list[str]") to the loc.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool"})


def describe(
    detail: ErrorDetails, model: type[BaseModel] | None, extra_known: Iterable[str]
) -> str:
    kind = detail["type"]
    loc = detail["loc"]
    name = str(loc[-1]) if loc else ""
    if kind == "missing":
        return f"missing required key '{name}'"
    if kind == "extra_forbidden":
        known = _known_keys(model, loc, extra_known)
        guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{guess[0]}'?)" if guess else ""
        allowed = f"; allowed here: {', '.join(sorted(known))}" if known and not guess else ""
        if " " in name.strip() and not guess:
            hint = " (inside {...} a value containing commas must be quoted)"
            allowed = ""
        return f"unknown key '{name}'{hint}{allowed}"
    if kind in {"literal_error", "enum"}:
        expected = detail.get("ctx", {}).get("expected", "")
        return f"'{detail['input']}' is not allowed here; use one of {expected}"
    if kind == "string_pattern_mismatch":
        return (
            f"'{detail['input']}' is not a valid id: use lower-case letters, digits, "
            "'-', '_' or '.'"
        )
    if kind == "value_error":
        return str(detail["msg"]).removeprefix("Value error, ")
    if kind == "finite_number":
        return f"must be a finite number, got {_show(detail['input'])}"
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"{detail['msg'].lower()}, got {_show(detail['input'])}"
    return str(detail["msg"])


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _known_keys(
    model: type[BaseModel] | None, loc: tuple[int | str, ...], extra_known: Iterable[str]
) -> list[str]:
    """Field names of the model the unknown key sits in (best effort through nesting)."""
    current: Any = model
    keyed = False  # the part before was a mapping of free names (`dimensions:`)
    for part in loc[:-1]:
        if current is None or isinstance(part, int) or keyed:
            keyed = False
            continue
        field = getattr(current, "model_fields", {}).get(part)
        current = _model_of(field.annotation) if field is not None else None
        keyed = field is not None and get_origin(field.annotation) is dict
    names = set(extra_known)
    if current is not None and hasattr(current, "model_fields"):
        names |= {f.alias or n for n, f in current.model_fields.items()}
    return sorted(names)


def _model_of(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None
