"""Practice-flow fixtures: the bundled library and an in-memory store, no Qt."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def bundled():
    from coach.paths import content_search_path
    from coach.scoring import load_library

    return load_library(content_search_path(()))
