"""Suggestions and full rewrites in the trainers' style (no Qt)."""

from coach.rephrase.diff import DiffOp, render_diff, word_diff
from coach.rephrase.placement import Edit, plan_edit
from coach.rephrase.rewrite import Rewrite, rewrite
from coach.rephrase.suggestions import FindingSuggestions, elide, suggest, suggestion_label

__all__ = [
    "DiffOp",
    "Edit",
    "FindingSuggestions",
    "Rewrite",
    "elide",
    "plan_edit",
    "render_diff",
    "rewrite",
    "suggest",
    "suggestion_label",
    "word_diff",
]
