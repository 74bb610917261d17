"""Result types of the analysis: entities and figures with offsets into the analysed text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


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


# The analysis builds tens of thousands of entities and figures per megabyte of text. The
# ``__init__`` that ``dataclass`` writes for a frozen class sets each field with
# ``object.__setattr__`` (to get past the frozen ``__setattr__``), a slow generic call; the
# two below set the slots through their descriptors, about three times as fast, with the
# same parameters and defaults (``tests/analysis/test_model_init.py`` checks them).


def _slot_setters(cls: type, *names: str) -> tuple[Callable[[object, Any], None], ...]:
    return tuple(getattr(cls, name).__set__ for name in names)


_ENTITY_SLOTS = _slot_setters(Entity, "start", "end", "text", "label", "key")
_FIGURE_SLOTS = _slot_setters(
    Figure, "start", "end", "text", "value", "unit", "category", "approx", "date"
)


def _entity_init(self: Entity, start: int, end: int, text: str, label: str, key: str) -> None:
    set_start, set_end, set_text, set_label, set_key = _ENTITY_SLOTS
    set_start(self, start)
    set_end(self, end)
    set_text(self, text)
    set_label(self, label)
    set_key(self, key)


def _figure_init(
    self: Figure,
    start: int,
    end: int,
    text: str,
    value: float | None,
    unit: str | None,
    category: str,
    approx: str | None = None,
    date: str | None = None,
) -> None:
    set_start, set_end, set_text, set_value, set_unit, set_category, set_approx, set_date = (
        _FIGURE_SLOTS
    )
    set_start(self, start)
    set_end(self, end)
    set_text(self, text)
    set_value(self, value)
    set_unit(self, unit)
    set_category(self, category)
    set_approx(self, approx)
    set_date(self, date)


Entity.__init__ = _entity_init  # type: ignore[method-assign]
Figure.__init__ = _figure_init  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...]
    figures: tuple[Figure, ...]
