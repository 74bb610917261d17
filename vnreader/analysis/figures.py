"""Figures (placeholder until the full parser lands)."""

from __future__ import annotations

from vnreader.analysis.model import Figure


def find_figures(text: str) -> list[Figure]:
    return []
