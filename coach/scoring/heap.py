"""Garbage-collector settings for scoring many replies in a row.

Scoring allocates thousands of short-lived tuples per reply, which triggers frequent
collections, and each older-generation collection walks every object already alive: the
loaded content (rubrics, scenarios, compiled lexicons, word caches) and, in `coach
rescore`, the database rows. Those live for the whole run anyway. Freezing them and
collecting the young generation less often took a third off a rescore's time and a tenth
off batch scoring (`python -m bench.store`, `python -m bench.run`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 20_000


def settle_for_bulk_scoring() -> None:
    """For a process that does nothing but score (a batch, a rescore worker): call once
    its content is loaded."""
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)


@contextmanager
def bulk_scoring() -> Iterator[None]:
    """The same for the duration of a block, in a process that goes on to other work
    (the app running a rescore): the previous settings come back afterwards."""
    threshold = gc.get_threshold()
    settle_for_bulk_scoring()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
