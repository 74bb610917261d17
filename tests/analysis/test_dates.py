"""Date atoms: d/m/yyyy, d.m.yyyy, d/m, m/yyyy, ISO; and their validation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis.dates import day_iso, month_iso, parse_date_atom, year_iso


@pytest.mark.parametrize(
    ("atom", "iso"),
    [
        ("27/9", "--09-27"),
        ("4/08", "--08-04"),
        ("22/07/2021", "2021-07-22"),
        ("16.3.2023", "2023-03-16"),
        ("22-7-2021", "2021-07-22"),
        ("5/2019", "2019-05"),
        ("2021-09-27", "2021-09-27"),
        ("29/2", "--02-29"),  # no year: a leap day is possible
        ("29/2/2020", "2020-02-29"),
    ],
)
def test_parse_date_atom(atom: str, iso: str) -> None:
    assert parse_date_atom(atom) == iso


@pytest.mark.parametrize(
    "atom", ["32/1", "0/5", "12/13", "29/2/2021", "31/4", "13/2019", "4.7", "16.3", "1/2/3/4", ""]
)
def test_parse_date_atom_rejects(atom: str) -> None:
    assert parse_date_atom(atom) is None


def test_iso_helpers() -> None:
    assert day_iso(27) == "---27"
    assert day_iso(32) is None
    assert month_iso(9) == "--09"
    assert month_iso(13) is None
    assert month_iso(5, 2019) == "2019-05"
    assert year_iso(2020) == "2020"
    assert year_iso(99) is None


@settings(max_examples=200)
@given(
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31)),
    st.sampled_from(["/", ".", "-"]),
    st.booleans(),
)
def test_written_dates_round_trip(day: dt.date, sep: str, pad: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    assert parse_date_atom(f"{d}{sep}{m}{sep}{day.year}") == day.isoformat()
    assert parse_date_atom(f"{d}/{m}") == f"--{day.month:02d}-{day.day:02d}"
