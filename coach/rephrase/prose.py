"""How a composed rewrite reads: someone introduced by full name before being called by
first name, a capital at every sentence start, and chat sentences that do not run into
each other. Text in, text out; `rewrite` decides what is said, this how it lands."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from coach.content.scenario import Scenario
from coach.identity_cache import by_identity

T = TypeVar("T")

_FULL_NAME = re.compile(r"\b([A-ZА-ЯЁ][a-zа-яё]+) ([A-ZА-ЯЁ][a-zа-яё]+)\b")

# A lower-case sentence start after a full stop, where the word before the stop is a
# number or four letters or more (not "e.g.", "т. е.", "руб."): a trainee's
# "…by 10:52. obviously…" as a trainer would write it.
_LOWER_START = re.compile(r"(?:\b\w{4,}|\d)[.!?] +([a-zа-яё])")


def introduced_first(
    items: Sequence[T], text_of: Callable[[T], str], scenario: Scenario | None
) -> list[T]:
    """`items` with a sentence that introduces someone by full name ("I've asked Tom
    Baker, your account manager, to call you") moved before the first one that already
    calls them by first name ("Tom will bring their findings to the call")."""
    arranged = list(items)
    if scenario is None:
        return arranged
    for full, (first, last) in _people(scenario).items():
        in_full = next((i for i, item in enumerate(arranged) if full in text_of(item)), None)
        if in_full is None:
            continue
        alone = re.compile(rf"\b{re.escape(first)}\b(?! {re.escape(last)})")
        earlier = next(
            (i for i, item in enumerate(arranged[:in_full]) if alone.search(text_of(item))),
            None,
        )
        if earlier is not None:
            arranged.insert(earlier, arranged.pop(in_full))
    return arranged


@by_identity
def _people(scenario: Scenario) -> dict[str, tuple[str, str]]:
    """Full names the scenario's own text gives (trainer examples, context), other than
    the customer's: full name -> (first, last)."""
    context = scenario.context
    texts = [
        *(example.text for example in scenario.examples.good),
        *(text for text in (context.summary, context.notes) if text),
        *(str(value) for value in context.account.values()),
    ]
    return {
        match.group(0): (match.group(1), match.group(2))
        for text in texts
        for match in _FULL_NAME.finditer(text)
        if match.group(0) != scenario.persona.name
    }


def capitalised(text: str) -> str:
    """`text` with the first letter of each sentence in it upper-case."""
    text = text[:1].upper() + text[1:]
    return _LOWER_START.sub(lambda m: m.group(0)[:-1] + m.group(1).upper(), text)


def chat_lines(parts: Sequence[str]) -> str:
    """Chat sentences run on in one message; one that ends without a full stop ("…n ur
    good 👍") ends its line, or the next sentence would be read as part of it."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out:
            out += " " if out[-1] in '.!?…:»")' else "\n"
        out += part
    return out
