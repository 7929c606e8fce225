"""Suggestions and full rewrites in the trainers' style (no Qt)."""
