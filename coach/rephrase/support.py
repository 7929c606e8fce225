"""Whether a trainee's claim has footing in the scenario.

A rewrite takes its new facts only from the scenario; the trainee's own claims of what was
done or will happen stay only when the scenario backs them. "I've kept your subscription
running as normal." in a cancellation, or "I've asked our engineers to lift the page size
cap to 500" where the limit is 200 for everyone, pass every check the reply has (no
listed phrase, no key point denied) and still are not what a trainer would send. What
backs a claim is the scenario's own material (`coach.scoring.material`), compared by
meaning.
"""

from __future__ import annotations

from coach.content.scenario import Scenario
from coach.scoring.judgement.judge import judge
from coach.scoring.material import nearest_in_material, scenario_material
from coach.text.analysis import analyze

# Cosine to the nearest sentence of the scenario's material below which a claim has no
# footing. Measured on the kept sentences of the rated replies' rewrites. Held-out part:
# wrong or invented claims ("I've kept your subscription running", "your team's access
# will end this evening", a threat to lock the account) at 0.20-0.49, the trainee's correct
# facts from 0.55. Dev part: below 0.5 about half are wrong ("recurring tasks are pencilled
# in for spring", the wrong menu for a button) and half are right but short or vague
# ("Адрес я поменял.", "I've raised this internally"). Losing those costs the trainee's
# wording, not the fact: the trainers' sentence for its key point stands in.
SUPPORTED = 0.5


def unsupported(text: str, scenario: Scenario) -> bool:
    """Whether `text` makes a claim (an action, a next step, a promise) or states a fact
    that nothing in the scenario's material is close to in meaning. Courtesies need no
    backing; "After cancelling, your client list is gone" does, and has none where the
    data is kept for 90 days."""
    if len(scenario_material(scenario)) == 0:
        return False
    judgement = judge(analyze(text, scenario.language))
    nearest = nearest_in_material(judgement.vectors, scenario)
    for sentence, closeness in zip(judgement.sentences, nearest, strict=True):
        if not sentence.is_courtesy() and float(closeness) < SUPPORTED:
            return True
    return False
