"""Display of normalised figure values: "4,7 tỷ USD" → "4 700 000 000 USD" (thin spaces)."""

from __future__ import annotations

import math

THIN = "\u2009"  # thin space: groups thousands without looking like two numbers


def format_number(value: float) -> str:
    """Group thousands with thin spaces and use a decimal comma (Vietnamese style)."""
    if not math.isfinite(value):
        return str(value)
    negative = value < 0
    value = abs(value)
    rounded = round(value, 4)
    whole = int(rounded)
    fraction = rounded - whole
    digits = f"{whole:,}".replace(",", THIN)
    if fraction > 1e-9:
        decimals = f"{rounded:.4f}".split(".")[1].rstrip("0")
        digits = f"{digits},{decimals}"
    return ("-" if negative else "") + digits


def format_figure_value(value: float | None, unit: str | None) -> str:
    """The normalised value and unit of a figure, "" when it has neither."""
    parts: list[str] = []
    if value is not None:
        parts.append(format_number(value))
    if unit:
        parts.append("%" if unit == "percent" else unit)
    if len(parts) == 2 and parts[1] == "%":
        return parts[0] + THIN + "%"
    return " ".join(parts)
