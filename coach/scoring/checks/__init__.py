"""The table of check types. Adding a type is one module here (its `Params`, what a
rubric may set on it, and `run`, how it scores) and one line below."""

from coach.scoring.checks import (
    avoid,
    customer_name,
    key_points,
    length,
    move,
    phrases,
    readability,
    repetition,
    respect,
    sentence_lean,
    sentence_length,
    sentence_role,
    shares,
    shouting,
    spelling,
)
from coach.scoring.checks.base import CheckParams, CheckType

CHECK_TYPES: dict[str, CheckType] = {
    "phrases": CheckType(phrases.Params, phrases.run, "uses at least N of these phrases"),
    "avoid": CheckType(
        avoid.Params, avoid.run, "must not contain these phrases/patterns", deduction=True
    ),
    "readability": CheckType(readability.Params, readability.run, "reading ease in a range"),
    "sentence_length": CheckType(
        sentence_length.Params,
        sentence_length.run,
        "no over-long sentences",
        deduction=True,
    ),
    "spelling": CheckType(
        spelling.Params, spelling.run, "spelling/grammar issue rate", deduction=True
    ),
    "shouting": CheckType(
        shouting.Params, shouting.run, "no capitals or '!!' shouting", deduction=True
    ),
    "customer_name": CheckType(customer_name.Params, customer_name.run, "uses the customer's name"),
    "move": CheckType(move.Params, move.run, "a structural move in the right place"),
    "key_points": CheckType(key_points.Params, key_points.run, "covers the scenario's key points"),
    "length": CheckType(length.Params, length.run, "word count fits the channel"),
    "respect": CheckType(respect.Params, respect.run, "none of the listed checks fired"),
    "sentence_role": CheckType(
        sentence_role.Params,
        sentence_role.run,
        "no sentence judged to blame, mock, dismiss, use slang or over-promise",
        deduction=True,
    ),
    "sentence_lean": CheckType(
        sentence_lean.Params,
        sentence_lean.run,
        "no sentence the heads hear as negative short of a clear role",
        deduction=True,
    ),
    "shares": CheckType(shares.Params, shares.run, "another check's score, in this dimension"),
    "repetition": CheckType(
        repetition.Params, repetition.run, "no near-duplicate sentences", deduction=True
    ),
}

CHECK_SCHEMAS: dict[str, type[CheckParams]] = {name: t.params for name, t in CHECK_TYPES.items()}

__all__ = ["CHECK_SCHEMAS", "CHECK_TYPES", "CheckType"]
