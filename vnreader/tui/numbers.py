"""Numbers as the app shows them, in one house style: thousands grouped by thin spaces and a
decimal comma ("35 500 articles", "4,7 tỷ USD" → "4 700 000 000 USD", "12,5 %").

Every count, size and value in the UI goes through :func:`format_number`, which lives in the
core (:mod:`vnreader.formatting`) so that the command line writes numbers the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnreader.formatting import THIN, format_number

if TYPE_CHECKING:  # the list draws counts with no analysis loaded
    from vnreader.analysis import Figure

__all__ = [
    "THIN",
    "approx_symbol",
    "figure_value",
    "format_figure_value",
    "format_number",
    "plural",
]


IRREGULAR = {"person": "people"}
# units written as symbols, the same in the plural ("32 km", not "32 kms"; "7 m" is no "ms")
SYMBOLS = frozenset(
    {"m", "cm", "mm", "km", "ft", "g", "mg", "kg", "ha", "hp", "kcal", "ml", "l", "t", "kw"}
    | {"kwh", "mw", "mwh", "gw", "gwh", "mwp", "gb", "mb", "kb", "tb", "ghz", "mhz", "mmol"}
)
# The approximation words of Vietnamese figures, as the symbol shown before the value.
APPROX_SYMBOLS = {"hơn": ">", "trên": ">", "dưới": "<", "tới": "≤", "đến": "≤", "gấp": ""}


def plural(unit: str, value: float | None) -> str:
    """English units in the plural when the value is not one ("25 years", "5 people", "3
    matches", "2 centuries"); symbols stay as they are ("32 km", "5 kg")."""
    if unit == "age":  # "30 tuổi": an age in years
        return "year old" if value == 1 else "years old"
    if (
        value is None
        or value == 1
        or not unit.isalpha()
        or not unit.islower()
        or unit in SYMBOLS
        or unit.endswith("s")
    ):
        return unit
    if unit in IRREGULAR:
        return IRREGULAR[unit]
    if unit.endswith(("x", "ch", "sh")):
        return unit + "es"  # "boxes", "matches", "inches"
    if unit.endswith("y") and unit[-2:-1] not in ("a", "e", "i", "o", "u"):
        return unit[:-1] + "ies"  # "companies", "countries", "centuries"
    return unit + "s"


def approx_symbol(word: str | None) -> str:
    """ "≈" for "khoảng"/"gần"…, ">" for "hơn"/"trên", "" when there is no approximation."""
    if not word:
        return ""
    return APPROX_SYMBOLS.get(word.casefold(), "≈")


def figure_value(figure: Figure) -> str:
    """What a figure stands for, as the side panel and the status line show it: its date in
    the analysis's ISO 8601 notation ("2021-09-27", "--09-27" without a year: the one
    notation of the panel, the CSV and ``vnreader analyze``), else its normalised value and
    unit, with "≈" or ">" for an approximation; "" when it has none."""
    value = figure.date or format_figure_value(figure.value, figure.unit)
    symbol = approx_symbol(figure.approx)
    return f"{symbol}{value}" if value and symbol else value


def format_figure_value(value: float | None, unit: str | None) -> str:
    """The normalised value and unit of a figure, "" when it has neither."""
    parts: list[str] = []
    if value is not None:
        parts.append(format_number(value))
    if unit:
        parts.append("%" if unit == "percent" else plural(unit, value))
    if len(parts) == 2 and parts[1] == "%":
        return parts[0] + THIN + "%"
    return " ".join(parts)
