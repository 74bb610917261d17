"""Fixtures of the store tests: a DB path in a fresh folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "annotations.json"
