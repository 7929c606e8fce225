"""What a rubric may set on a `customer_name` check (see `checks.customer_name`)."""

from __future__ import annotations

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    # Shown when the name is used; in the rubric's language.
    evidence_message: str = "Good: uses the customer's name"
