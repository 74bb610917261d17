"""Time series for charts: figures per year or month of the date their sentence gives."""

from __future__ import annotations

from collections.abc import Iterable

from vnreader.index.fact_queries import FigureFact

HOWS = ("sum", "max", "mean", "count")


def period_of(when: str | None, by: str) -> str | None:
    """The year ("2021") or month ("2021-09") of a figure's ``when``, if it has one."""
    if not when or not when[:4].isdigit():
        return None
    if by == "year":
        return when[:4]
    month = when[:7]
    return month if len(month) == 7 and month[5:7].isdigit() else None


def figure_series(
    figures: Iterable[FigureFact], *, by: str = "year", how: str = "sum"
) -> list[tuple[str, float]]:
    """(period, value) points of *figures*: their values per period, summed (or the
    ``max``, ``mean``, or ``count`` of figures); figures without a value or a date of
    that precision are left out."""
    buckets: dict[str, list[float]] = {}
    for figure in figures:
        period = period_of(figure.when, by)
        if period is None or (figure.value is None and how != "count"):
            continue
        buckets.setdefault(period, []).append(figure.value or 0.0)
    points = []
    for period in sorted(buckets):
        values = buckets[period]
        if how == "max":
            value = max(values)
        elif how == "mean":
            value = sum(values) / len(values)
        elif how == "count":
            value = float(len(values))
        else:
            value = sum(values)
        points.append((period, value))
    return points
