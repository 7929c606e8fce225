"""Suggestions and full rewrites in the trainers' style (no Qt)."""

from coach.rephrase.diff import DiffOp, render_diff, word_diff
from coach.rephrase.rewrite import Rewrite, rewrite
from coach.rephrase.suggestions import FindingSuggestions, suggest

__all__ = [
    "DiffOp",
    "FindingSuggestions",
    "Rewrite",
    "render_diff",
    "rewrite",
    "suggest",
    "word_diff",
]
