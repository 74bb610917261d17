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
    ``date`` is ISO-like for dates: 2021-09-27, 2019-05, --09-27 when the year is unknown.
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
