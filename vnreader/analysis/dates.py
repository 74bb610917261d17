"""Vietnamese date atoms: "27/9", "22/07/2021", "16.3.2023", "5/2019", "2021-09-27".

Pure functions that turn the digit part of a date into an ISO-like string:
``2021-09-27`` (full), ``--09-27`` (day and month, year unknown), ``2019-05`` (month and
year), ``--09`` (month only), ``---27`` (day only) and ``2020`` (year). The words around a
date ("ngày", "tháng", weekdays, times) are the business of :mod:`vnreader.analysis.figures`.
"""

from __future__ import annotations

import calendar
import re

__all__ = [
    "LUNAR_MONTH_WORDS",
    "MONTH_WORDS",
    "day_iso",
    "is_year",
    "month_iso",
    "parse_date_atom",
    "year_iso",
]

# Months written as words ("tháng Chín"), capitalised as news does; "Giêng" and "Chạp" are the
# lunar first and last months (dates in them are lunar: ``L--12-23``, GUIDELINE rule 46).
MONTH_WORDS: dict[str, int] = {
    "Giêng": 1,
    "Một": 1,
    "Hai": 2,
    "Ba": 3,
    "Tư": 4,
    "Năm": 5,
    "Sáu": 6,
    "Bảy": 7,
    "Tám": 8,
    "Chín": 9,
    "Mười": 10,
    "Mười Một": 11,
    "Mười Hai": 12,
    "Chạp": 12,
}
LUNAR_MONTH_WORDS = frozenset(("Giêng", "Chạp"))

_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")
_DM = re.compile(r"(\d{1,2})/(\d{1,2})")
_MY = re.compile(r"(\d{1,2})/(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

MIN_YEAR = 1000
MAX_YEAR = 2199


def is_year(n: int) -> bool:
    """True for a plausible calendar year in news (1000-2199)."""
    return MIN_YEAR <= n <= MAX_YEAR


def _valid_day(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    # without a year, 29 February is allowed (leap year assumed)
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


def day_iso(day: int, month: int | None = None, year: int | None = None) -> str | None:
    """ISO-like date for a day with optional month and year, or None if impossible."""
    if month is None:
        return f"---{day:02d}" if 1 <= day <= 31 else None
    if year is not None and not is_year(year):
        return None
    if not _valid_day(day, month, year):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_iso(month: int, year: int | None = None) -> str | None:
    """``2019-05`` or ``--05``; None if the month or year is out of range."""
    if not 1 <= month <= 12:
        return None
    if year is None:
        return f"--{month:02d}"
    return f"{year:04d}-{month:02d}" if is_year(year) else None


def year_iso(year: int) -> str | None:
    """``2020``; None if not a plausible year."""
    return f"{year:04d}" if is_year(year) else None


def parse_date_atom(s: str) -> str | None:
    """ISO-like date for a date written with digits only, or None.

    Accepts ``d/m/yyyy``, ``d.m.yyyy``, ``d-m-yyyy`` (same separator twice), ``d/m``,
    ``m/yyyy`` and ``yyyy-mm-dd``. ``d.m`` is not a date: it reads as a decimal number.
    """
    m = _DMY.fullmatch(s)
    if m:
        return day_iso(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    m = _MY.fullmatch(s)
    if m:
        return month_iso(int(m.group(1)), int(m.group(2)))
    m = _DM.fullmatch(s)
    if m:
        return day_iso(int(m.group(1)), int(m.group(2)))
    m = _YMD.fullmatch(s)
    if m:
        return day_iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None
