"""Caches keyed by the identity of a (check or rubric, scenario) pair.

Rubrics, checks and scenarios are immutable once loaded, so whatever is derived from them
(effective checks, a check's compiled entries) is built once per pair instead of on every
keystroke. Identity, not equality: they hold lists, and hashing them would cost more than
the work saved.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

K = TypeVar("K")
S = TypeVar("S")
T = TypeVar("T")

MAX_ENTRIES = 256


def by_identity(build: Callable[[K, S], T]) -> Callable[[K, S], T]:
    """Memoise `build(first, second)` on the identities of its two arguments."""
    cache: dict[tuple[int, int], tuple[K, S, T]] = {}

    @wraps(build)
    def cached(first: K, second: S) -> T:
        key = (id(first), id(second))
        hit = cache.get(key)
        # Identity is checked too: ids are reused once an object is garbage-collected.
        if hit is not None and hit[0] is first and hit[1] is second:
            return hit[2]
        value = build(first, second)
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        cache[key] = (first, second, value)
        return value

    return cached
