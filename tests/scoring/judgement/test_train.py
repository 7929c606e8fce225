"""The role heads are trained deterministically, and the shipped ones from today's corpus."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from coach.scoring.judgement.corpus import CorpusError, load_corpus
from coach.scoring.judgement.heads import HEADS_FILE, judgement_dir, load_heads
from coach.scoring.judgement.roles import ROLES
from coach.scoring.judgement.train import fit_logistic

ROOT = Path(__file__).resolve().parents[3]


def _toy(seed: int = 0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(200, 8))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(float)
    return x, y


def test_fit_is_deterministic_and_learns():
    x, y = _toy()
    first, second = fit_logistic(x, y, 0.1), fit_logistic(x, y, 0.1)
    assert np.array_equal(first, second)
    p = 1 / (1 + np.exp(-(x @ first[:-1] + first[-1])))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.95


def test_shipped_heads_come_from_the_corpus_in_the_repo():
    """Editing data/roles without `make roles` would ship heads the corpus does not back."""
    sentences = load_corpus(ROOT / "data" / "roles")
    digest = hashlib.sha256()
    for s in sentences:
        digest.update(json.dumps([s.text, sorted(s.roles)], ensure_ascii=False).encode())
    shipped = json.loads((judgement_dir() / HEADS_FILE).read_text(encoding="utf-8"))
    assert shipped["corpus_sha256"] == digest.hexdigest()
    assert tuple(load_heads().roles) == ROLES


def test_corpus_errors_name_file_and_line(tmp_path):
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "x.jsonl").write_text(
        '{"text": "Hi", "roles": ["greeting"]}\n{"text": "Hm", "roles": ["gossip"]}\n'
    )
    with pytest.raises(CorpusError, match=r"x\.jsonl:2: unknown role 'gossip'"):
        load_corpus(tmp_path)


def test_word_scores_do_not_depend_on_the_processs_string_hashing():
    """A set of grams is walked in hash order, which changes with PYTHONHASHSEED; summed in
    that order, float32 word scores (and the heads trained on them) differed in their last
    bits from one `make roles` to the next."""
    script = (
        "import hashlib, json, numpy as np\n"
        "from pathlib import Path\n"
        "from coach.scoring.judgement.corpus import load_corpus\n"
        "from coach.scoring.judgement.lexicon import cross_fitted_scores\n"
        "from coach.scoring.judgement.train import _labels\n"
        "s = load_corpus(Path('data/roles'))[:4000]\n"
        "x = cross_fitted_scores([t.text for t in s], _labels(s))\n"
        "print(hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
