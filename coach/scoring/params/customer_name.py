"""What a rubric may set on a `customer_name` check (see `checks.customer_name`)."""

from __future__ import annotations

from coach.scoring.params.base import CheckParams


class Params(CheckParams):
    pass
