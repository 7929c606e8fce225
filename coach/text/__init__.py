"""Language-aware text analysis: sentences, tokens with offsets, lemmas, readability,
spelling/grammar back ends."""
