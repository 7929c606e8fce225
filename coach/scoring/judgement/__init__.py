"""Sentence judgement: each sentence of a reply embedded and classified into roles."""
