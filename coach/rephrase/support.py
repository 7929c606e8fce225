"""Whether a trainee's claim has footing in the scenario.

A rewrite takes its new facts only from the scenario; the trainee's own claims of what was
done or will happen stay only when the scenario backs them. "I've kept your subscription
running as normal." in a cancellation, or "I've asked our engineers to lift the page size
cap to 500" where the limit is 200 for everyone, pass every check the reply has (no
listed phrase, no key point denied) and still are not what a trainer would send. What
backs a claim is the scenario's own material: its context, documentation, key points and
the trainers' good replies, compared by meaning. Notes and `avoid:` entries are not
material: they name what must not be said.
"""

from __future__ import annotations

import numpy as np

from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.scoring.judgement.judge import DEFAULT_THRESHOLD, judge
from coach.scoring.judgement.roles import Role
from coach.text.analysis import analyze
from coach.text.embedding import Vectors, shared_encoder

# Cosine to the nearest sentence of the scenario's material below which a claim has no
# footing. Measured on the rewrites of the rated replies' kept sentences (held-out part):
# wrong or invented claims ("I've kept your subscription running", "your team's access
# will end this evening", a threat of a locked account) sit at 0.20-0.49; the trainee's
# correct facts in their own words at 0.55-0.97.
SUPPORTED = 0.5
# What a claim does: says what was done, what happens next, or promises.
CLAIMS: tuple[Role, ...] = ("action_taken", "next_step")
PROMISE_CUE = 0.3


def unsupported(text: str, scenario: Scenario) -> bool:
    """Whether `text` makes a claim (an action, a next step, a promise) that nothing in
    the scenario's material is close to in meaning."""
    material = _material(scenario)
    if len(material) == 0:
        return False
    for sentence in judge(analyze(text, scenario.language)).sentences:
        claims = any(sentence.p(role) >= DEFAULT_THRESHOLD for role in CLAIMS)
        if not claims and sentence.p("over_promise") < PROMISE_CUE:
            continue
        if float((material @ sentence.vector).max()) < SUPPORTED:
            return True
    return False


@by_identity
def _material(scenario: Scenario) -> Vectors:
    texts = [scenario.context.summary or "", scenario.context.docs or ""]
    for point in scenario.key_points:
        texts += [point.description, *point.examples]
    texts += [example.text for example in scenario.examples.good]
    sentences: list[str] = []
    for text in texts:
        analysis = analyze(text, scenario.language)
        sentences += [
            stripped
            for s in analysis.sentences
            if (stripped := analysis.text[s.start : s.end].strip())
        ]
    if not sentences:
        return np.zeros((0, 0), dtype=np.float32)
    return shared_encoder().embed(sentences)
