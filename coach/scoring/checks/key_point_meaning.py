"""Key points said in other words: the sentences a key point is matched against by meaning.

A trainer lists a key point's phrases, but a trainee may say the same thing in words no
phrase names ("it is in the Trash for a month" for "deleted projects stay in the Trash
for 30 days"). Each key point gets example sentences: the ones it lists under `examples`,
its description, and every sentence of the scenario's good trainer examples that covers
it by phrase (the trainers' own wording of it). A reply sentence close enough in meaning
to one of them covers the point, unless the sentence is judged negative.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coach.content.scenario import KeyPoint, Scenario
from coach.identity_cache import by_identity
from coach.scoring.checks.key_point_phrases import key_point_spans
from coach.text.analysis import analyze
from coach.text.embedding import Vectors, shared_encoder
from coach.text.negation import denying_sentences


@dataclass(frozen=True)
class Exemplars:
    texts: tuple[str, ...]
    vectors: Vectors  # one unit row per text
    denies: tuple[bool, ...]  # per text: it holds a negation that denies ("no data was lost")


@by_identity
def exemplars(scenario: Scenario, point: KeyPoint) -> Exemplars:
    """The sentences that say `point`, embedded once per loaded scenario."""
    texts: list[str] = [*point.examples, point.description]
    for example in scenario.examples.good:
        analysis = analyze(example.text, scenario.language)
        for sentence in analysis.sentences:
            text = analysis.text[sentence.start : sentence.end].strip()
            if text and key_point_spans(analyze(text, scenario.language), point) is not None:
                texts.append(text)
    unique = tuple(dict.fromkeys(t for t in texts if t))
    vectors = shared_encoder().embed(list(unique)) if unique else np.zeros((0, 0), np.float32)
    denies = tuple(bool(denying_sentences(analyze(text, scenario.language))) for text in unique)
    return Exemplars(unique, vectors, denies)


def closest(vectors: Vectors, found: Exemplars) -> tuple[np.ndarray, np.ndarray]:
    """Per reply sentence: the best cosine to the point's examples and which example."""
    if len(found.texts) == 0 or len(vectors) == 0:
        empty = np.zeros(len(vectors), dtype=np.float32)
        return empty, empty.astype(np.int64)
    close = vectors @ found.vectors.T
    return close.max(axis=1), close.argmax(axis=1)
