"""Turn pydantic's validation errors into located messages a trainer can act on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from coach.content.authoring_messages import TYPE_PROBLEMS, LocalisedValueError, say, word
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
    """One `ContentIssue` per pydantic error, located in `doc` below `prefix`, in the
    language the file declares."""
    issues = []
    for detail in error.errors():
        loc = [*prefix, *(part for part in detail["loc"] if not _is_union_tag(part))]
        at_key = detail["type"] == "extra_forbidden"
        cause = detail.get("ctx", {}).get("error")
        if isinstance(cause, LocalisedValueError):
            message = cause.in_language(doc.language)
        else:
            message = describe(detail, model, extra_known, doc.language)
        issues.append(doc.issue(loc, message, at_key))
    return sorted(set(issues))


def _is_union_tag(part: Any) -> bool:
    # pydantic adds the union member type name ("str", "int", "list[str]") to the loc.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool"})


def describe(
    detail: ErrorDetails,
    model: type[BaseModel] | None,
    extra_known: Iterable[str],
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """A trainer's message for one pydantic error, in `language`."""
    kind = detail["type"]
    loc = detail["loc"]
    name = str(loc[-1]) if loc else ""
    if kind == "missing":
        return say("missing_key", language, name=name)
    if kind == "extra_forbidden":
        known = _known_keys(model, loc, extra_known)
        guess = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        if guess:
            return say("unknown_key_guess", language, name=name, guess=guess[0])
        if " " in name.strip():
            # `{min: 40, max 60}` reads as one key "max 60": a flow mapping slip.
            return say("unknown_key_quote", language, name=name)
        if known:
            return say("unknown_key_allowed", language, name=name, allowed=", ".join(known))
        return say("unknown_key", language, name=name)
    if kind in {"literal_error", "enum"}:
        expected = str(detail.get("ctx", {}).get("expected", ""))
        # pydantic joins the last two choices with an English " or ".
        head, sep, last = expected.rpartition(" or ")
        if sep:
            expected = head + word("or", language) + last
        return say("not_allowed", language, value=detail["input"], expected=expected)
    if kind == "string_pattern_mismatch":
        return say("bad_id", language, value=detail["input"])
    if kind == "value_error":
        return str(detail["msg"]).removeprefix("Value error, ")
    if kind == "finite_number":
        return say("not_finite", language, value=_show(detail["input"]))
    if kind.endswith("_type") or kind.endswith("_parsing"):
        base = kind.removesuffix("_type").removesuffix("_parsing")
        problem = TYPE_PROBLEMS.get(language, {}).get(base, detail["msg"].lower())
        return say("wrong_type", language, problem=problem, value=_show(detail["input"]))
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
