"""Entities (placeholder until the full recogniser lands)."""

from __future__ import annotations

from collections.abc import Sequence

from vnreader.analysis.model import Entity, Figure


def find_entities(text: str, figures: Sequence[Figure] = ()) -> list[Entity]:
    return []
