"""The scenario's own material, embedded: what a reply may say in this scenario.

Its context summary, documentation, key points' descriptions and the
trainers' good replies, sentence by sentence. Notes and `avoid:` entries are not
material: they name what must not be said. Two uses compare a reply's sentence with it by
meaning: a sentence nearer to the material than to a forbidden statement's examples says
what the scenario allows ("Your current role is Member." is not "I've updated your role
from Member to Admin."), and the rewrite keeps only the trainee's claims the material
backs.
"""

from __future__ import annotations

import numpy as np

from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.text.analysis import analyze
from coach.text.embedding import DIMENSIONS, Vectors, shared_encoder
from coach.text.negation import as_sentence, free_clauses, negated_sentences


def nearest_in_material(vectors: Vectors, scenario: Scenario) -> Vectors:
    """For each row of `vectors`, its cosine to the nearest sentence of the material
    (zeros when the scenario has none)."""
    material = scenario_material(scenario)
    if len(material) == 0 or len(vectors) == 0:
        return np.zeros(len(vectors), dtype=np.float32)
    nearest: Vectors = (vectors @ material.T).max(axis=1)
    return nearest


@by_identity
def scenario_material(scenario: Scenario) -> Vectors:
    texts = [scenario.context.summary or "", scenario.context.docs or ""]
    # Key points by their descriptions only: their `examples` are many rewordings written
    # to be recognised, on the subjects forbidden statements are on too, and as material
    # they outvoted the forbidden examples ("…вернётся на вашу карту до конца недели").
    texts += [point.description for point in scenario.key_points]
    texts += [example.text for example in scenario.examples.good]
    # The brief tells the agent what to do and what not to: only its plain statements.
    briefed = [(text, False) for text in texts] + [(scenario.brief or "", True)]
    sentences: list[str] = []
    for text, brief in briefed:
        analysis = analyze(text, scenario.language)
        negated = negated_sentences(analysis) if brief else frozenset()
        sentences += [
            stripped
            for s in analysis.sentences
            if s.start not in negated and (stripped := analysis.text[s.start : s.end].strip())
        ]
        # Their clauses too: a reply's short sentence ("Your current role is Member.") is
        # far from a long one that says it among other things.
        every = frozenset(s.start for s in analysis.sentences)
        sentences += [
            as_sentence(clause, scenario.language) for _, clause in free_clauses(analysis, every)
        ]
    if not sentences:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return shared_encoder().embed(list(dict.fromkeys(sentences)))
