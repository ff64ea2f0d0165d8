"""What the extraction tests share: the gazetteer, read once."""

from __future__ import annotations

import pytest

from loaders.reference.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()
