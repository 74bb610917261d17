"""The one way vnreader writes numbers for people, shared by the app and the command line."""

from __future__ import annotations

from vnreader.formatting import THIN, counted, format_number, format_value, plain_number
from vnreader.index.model import RefreshReport


def test_numbers_for_people_and_for_programs() -> None:
    assert format_number(35500) == f"35{THIN}500"
    assert format_number(-1500.25) == f"-1{THIN}500,25"
    assert counted(1, "articles") == "1 article"
    assert counted(35500, "articles") == f"35{THIN}500 articles"
    assert format_value(2020.0, "year") == "2020"
    assert format_value(2020.0, "quantity") == f"2{THIN}020"
    assert plain_number(4.7e9) == "4700000000"
    assert plain_number(4.7) == "4.7"


def test_index_summary_groups_its_counts() -> None:
    report = RefreshReport(added=35000, unchanged=12, problems=["a: unreadable"])
    assert report.summary() == (f"35{THIN}000 added, 0 changed, 0 removed, 12 unchanged, 1 problem")
