"""The trained role heads: one logistic classifier per role over a sentence's embedding
and its word evidence (`lexicon`).

They are data, built by `python -m coach.scoring.judgement.train` (`make roles`) from the
labelled corpus, and shipped in the package (`coach/data/judgement/`). Alongside the
weights come a few labelled example sentences per role with their vectors, so every
judgement can name the nearest example as its reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import numpy.typing as npt

from coach.paths import package_data_dir
from coach.scoring.judgement.lexicon import Lexicon, load_lexicon
from coach.scoring.judgement.roles import ROLES, Role
from coach.text.embedding import Vectors

HEADS_FILE = "heads.json"
EXEMPLAR_TEXTS_FILE = "exemplars.json"
EXEMPLAR_VECTORS_FILE = "exemplars.npy"
LEXICON_GRAMS_FILE = "lexicon.json"
LEXICON_RATIOS_FILE = "lexicon.npy"


def judgement_dir() -> Path:
    return package_data_dir() / "judgement"


def features(vectors: Vectors, negated: Sequence[bool]) -> Vectors:
    """What the heads read: the sentence vector in the first half for a sentence without a
    negation word, in the second half for one with (zeros in the other half).

    Sentence encoders barely see negation: "You are doing everything wrong." and "You're
    not doing anything wrong." are neighbours. Kept apart, the heads learn what negated
    sentences mean from negated sentences only."""
    mask = np.asarray(negated, dtype=np.float32)[:, None]
    result: Vectors = np.hstack([vectors * (1.0 - mask), vectors * mask]).astype(np.float32)
    return result


@dataclass(frozen=True)
class RoleHeads:
    """Per-role weights (`roles` × inputs) and biases; `exemplars` label `vectors`."""

    roles: tuple[Role, ...]
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    negative_weights: npt.NDArray[np.float32]
    negative_bias: float
    exemplar_texts: tuple[str, ...]
    exemplar_roles: tuple[Role, ...]
    exemplar_vectors: Vectors
    lexicon: Lexicon
    # The language each exemplar is written in: a Russian finding's "why" is Russian.
    exemplar_languages: tuple[str, ...] = ()

    def inputs(self, vectors: Vectors, negated: Sequence[bool], texts: Sequence[str]) -> Vectors:
        """What the heads read for these sentences: `features` and the word scores."""
        result: Vectors = np.hstack([features(vectors, negated), self.lexicon.scores(texts)])
        return result

    def probabilities(self, features: Vectors) -> npt.NDArray[np.float32]:
        """P(role | sentence) for each row of `features` (see `features`): shape
        (sentences, roles)."""
        logits = features @ self.weights.T + self.bias
        result: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return result

    def negativity(self, features: Vectors) -> npt.NDArray[np.float32]:
        """P(the sentence plays any negative role), from a head trained on their union:
        blame, sarcasm and dismissal blur into each other, "is it bad at all" does not."""
        logits = features @ self.negative_weights + self.negative_bias
        result: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return result

    @cached_property
    def _exemplars_by_role(self) -> dict[tuple[str, str | None], npt.NDArray[np.intp]]:
        rows: dict[tuple[str, str | None], list[int]] = {}
        languages = self.exemplar_languages or (None,) * len(self.exemplar_roles)
        for i, (role, language) in enumerate(zip(self.exemplar_roles, languages, strict=True)):
            rows.setdefault((role, None), []).append(i)
            if language is not None:
                rows.setdefault((role, language), []).append(i)
        return {key: np.asarray(found, dtype=np.intp) for key, found in rows.items()}

    def nearest_exemplar(
        self, vector: Vectors, role: Role, language: str | None = None
    ) -> tuple[str, float] | None:
        """The corpus example of `role` closest in meaning to `vector`, with its cosine:
        among those in `language` when it has any, else among all."""
        rows = self._exemplars_by_role.get((role, language))
        if rows is None:
            rows = self._exemplars_by_role.get((role, None))
        if rows is None:
            return None
        sims = self.exemplar_vectors[rows] @ vector
        best = int(np.argmax(sims))
        return self.exemplar_texts[int(rows[best])], float(sims[best])


@cache
def load_heads(folder: Path | None = None) -> RoleHeads:
    """The shipped heads (or those in `folder`), read once per process."""
    where = folder or judgement_dir()
    data = json.loads((where / HEADS_FILE).read_text(encoding="utf-8"))
    roles = tuple(data["roles"])
    if set(roles) != set(ROLES):
        raise ValueError(f"{where / HEADS_FILE}: roles {roles} do not match the code's {ROLES}")
    exemplars = json.loads((where / EXEMPLAR_TEXTS_FILE).read_text(encoding="utf-8"))
    vectors = np.load(where / EXEMPLAR_VECTORS_FILE).astype(np.float32)
    return RoleHeads(
        roles=roles,
        weights=np.asarray(data["weights"], dtype=np.float32),
        bias=np.asarray(data["bias"], dtype=np.float32),
        negative_weights=np.asarray(data["negative"]["weights"], dtype=np.float32),
        negative_bias=float(data["negative"]["bias"]),
        exemplar_texts=tuple(e["text"] for e in exemplars),
        exemplar_roles=tuple(e["role"] for e in exemplars),
        exemplar_vectors=vectors,
        lexicon=load_lexicon(where / LEXICON_GRAMS_FILE, where / LEXICON_RATIOS_FILE),
        exemplar_languages=tuple(e.get("language") for e in exemplars),
    )
