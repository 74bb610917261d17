"""Numbers as vnreader writes them for people, in the app and on the command line alike:
thousands grouped by thin spaces and a decimal comma ("35 500 articles", "4 700 000 000",
"12,5").

Spaces, not commas, group the thousands: the articles write "4,7" for four point seven (and
"35.500" for thirty-five thousand five hundred), so "35,500" next to them would read as
thirty-five and a half; a space is read the same way by Vietnamese and English readers (and
is what the README's examples show). Output meant for programs (JSON, CSV, columns into a
pipe) keeps plain numbers.

This module is part of the core (no Textual): the app (:mod:`vnreader.tui.numbers`) and the
CLI both write their numbers with it.
"""

from __future__ import annotations

import math

THIN = "\u2009"  # thin space: groups thousands without looking like two numbers


def format_number(value: float) -> str:
    """Group thousands with thin spaces and use a decimal comma, rounded to 4 decimals
    ("35 500", "-1 500,25"): the one way vnreader writes a number for people."""
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


def counted(count: int, plural: str) -> str:
    """ "1 article", "35 500 articles" (*plural* ends with an s)."""
    return f"{format_number(count)} {plural[:-1] if count == 1 else plural}"


def format_value(value: float, category: str = "") -> str:
    """A figure's value as :func:`format_number` writes it, but a year as a year ("2020",
    not "2 020")."""
    if category == "year" and value.is_integer():
        return str(int(value))
    return format_number(value)


def plain_number(value: float) -> str:
    """A number for programs (CSV, columns into a pipe): "4700000000", "4.7", exact."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def figure_number(value: float | None, category: str = "", *, plain: bool = False) -> str:
    """A figure's value in a table: as the app writes it ("4 700 000 000", "4,7"), or exact
    for programs with *plain* ("4700000000", "4.7"); "" when the figure has none."""
    if value is None:
        return ""
    return plain_number(value) if plain else format_value(value, category)
