"""Caches keyed by the identity of their arguments (a check or rubric, a scenario, a
lexicon's phrase list…).

Rubrics, checks, scenarios and their lists are immutable once loaded, so whatever is
derived from them (effective checks, a check's compiled entries, the words a scenario
accepts, a compiled lexicon) is built once instead of on every keystroke. Identity, not
equality: they hold lists, and hashing them would cost more than the work saved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

MAX_ENTRIES = 4096


def by_identity(build: F) -> F:
    """Memoise `build(*args)` on the identities of its positional arguments."""
    cache: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}

    @wraps(build)
    def cached(*args: Any) -> Any:
        key = tuple(map(id, args))
        hit = cache.get(key)
        # An entry keeps its arguments alive, so no other object can have taken their
        # ids meanwhile: equal ids mean the very same objects.
        if hit is not None:
            return hit[1]
        value = build(*args)
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        cache[key] = (args, value)
        return value

    return cached  # type: ignore[return-value]
