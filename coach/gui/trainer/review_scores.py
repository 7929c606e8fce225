"""The overall a review implies when a reviewer overrides dimension scores.

The store keeps the rule that a dimension override alone does not change the overall
(it knows no rubric). The review dialog does know the rubric, so it derives the overall
and saves it as the review's explicit "overall" override: the effective overall, the
history's ✎, the CSV's `effective_overall` and the PDF then all agree.

Derived from the rubric's weighted mean of the dimensions, keeping the engine's own
judgement of the reply: the automatic overall differs from that mean (the caps hold a
blaming reply below "Good"), and that gap is kept, shrinking as the reviewed dimensions
approach the end of the scale they move towards. Unchanged dimensions give back exactly
the automatic overall; every dimension at 100 gives 100, every one at 0 gives 0.
Plain Python, tested without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping


def derived_overall(
    automatic_overall: float,
    automatic: Mapping[str, float],
    overridden: Mapping[str, float],
    weights: Mapping[str, float],
) -> float:
    """The overall once `overridden` replaces some of the `automatic` dimension scores,
    with the rubric's `weights`, between 0 and 100."""
    names = [name for name in automatic if weights.get(name, 0.0) > 0]
    total = sum(weights[name] for name in names)
    if total <= 0 or not overridden:
        return automatic_overall
    before = sum(weights[n] * automatic[n] for n in names) / total
    after = sum(weights[n] * overridden.get(n, automatic[n]) for n in names) / total
    # The gap shrinks in proportion to the room left towards the end of the scale the
    # dimensions moved to, so it vanishes at 0 and at 100.
    gap = automatic_overall - before
    if after >= before:
        gap *= (100.0 - after) / (100.0 - before) if before < 100 else 1.0
    else:
        gap *= after / before
    return min(100.0, max(0.0, after + gap))
