"""The privacy suite's fixtures: a fresh data directory for ``cre-admin`` runs."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"
