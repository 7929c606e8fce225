"""`by_identity` builds once per set of argument objects, never mixing up two objects."""

from __future__ import annotations

import gc

from coach import identity_cache
from coach.identity_cache import by_identity


class Thing:
    def __init__(self, label: str) -> None:
        self.label = label


def test_builds_once_per_argument_identity():
    calls = []

    @by_identity
    def build(first: Thing, second: Thing) -> str:
        calls.append((first, second))
        return first.label + second.label

    a, b = Thing("a"), Thing("b")
    assert build(a, b) == "ab"
    assert build(a, b) == "ab"
    assert len(calls) == 1
    assert build(Thing("a"), b) == "ab"  # an equal but distinct object is built anew
    assert len(calls) == 2


def test_a_new_object_never_gets_an_old_objects_value():
    @by_identity
    def label(thing: Thing) -> str:
        return thing.label

    for n in range(2000):  # ids of freed objects are reused all the time
        assert label(Thing(str(n))) == str(n)
        if n % 100 == 0:
            gc.collect()


def test_the_cache_is_bounded():
    @by_identity
    def label(thing: Thing) -> str:
        return thing.label

    kept = [Thing(str(n)) for n in range(identity_cache.MAX_ENTRIES * 3)]
    assert [label(t) for t in kept] == [t.label for t in kept]
