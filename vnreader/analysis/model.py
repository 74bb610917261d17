"""Result types of the analysis: entities and figures with offsets into the analysed text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity. ``label`` is PER, ORG, LOC or MISC; ``key`` groups its variants."""

    start: int
    end: int
    text: str
    label: str
    key: str


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its meaning.

    ``category`` is one of money, quantity, percent, date, year, duration, other.
    ``unit`` is canonical (USD, VND, RUB, EUR, dose, person, tonne, percent, dose/month, ...).
    ``approx`` is the approximation word before it (gần, hơn, khoảng, trên, gấp, ...).
    ``date`` is ISO 8601 for dates where it has a notation: 2021-09-27, 2019-05, --09-27 when
    the year is unknown, T15:30 for a time of day; beyond it, quarters 2016-Q3 (--Q3), decades
    198X and lunar dates L--01-05.
    """

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    category: str
    approx: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...]
    figures: tuple[Figure, ...]
