"""What a rubric may set on a `customer_name` check (see `checks.customer_name`)."""

from __future__ import annotations

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    # Shown when the name is used; the rubric says it in its language (the default quotes
    # the name, so no language is assumed).
    evidence_message: str = "“%s”"
