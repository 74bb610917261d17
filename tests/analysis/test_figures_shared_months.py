"""A day or a month written before the date of a range or a list takes the month or the year
that date writes, and the first amount of a range the currency of the second (issue 9;
guideline rules 22, 29, 66). Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.date) for f in analyze(text).figures if f.category == "date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội chợ mở từ ngày 14 đến 18.11 tại Cần Thơ.",
            [("ngày 14", "--11-14"), ("18.11", "--11-18")],
        ),
        ("Trong các ngày 8 - 9.4 trời mưa.", [("ngày 8", "--04-08"), ("9.4", "--04-09")]),
        (
            "Từ tháng 3 đến tháng 6/2019, giá tăng.",
            [("tháng 3", "2019-03"), ("tháng 6/2019", "2019-06")],
        ),
        (
            "Trong tháng 4 và cuối tháng 5-2007, dịch bùng phát.",
            [("tháng 4", "2007-04"), ("tháng 5-2007", "2007-05")],
        ),
        ("Lợi nhuận quý 1 và quý 2/2018 giảm.", [("quý 1", "2018-Q1"), ("quý 2/2018", "2018-Q2")]),
    ],
)
def test_the_first_date_takes_what_the_second_writes(text: str, expected: list[object]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a later month before an earlier one is of the year before: nothing is lent
        ("Từ tháng 10 đến tháng 3/2020 trời khô.", ("tháng 10", "--10")),
        # a day with its month keeps it alone, without the year
        ("Từ ngày 10/3 đến ngày 14/3/2006 hội nghị họp.", ("ngày 10/3", "--03-10")),
        # two dates apart in the sentence share nothing, nor two clauses after a comma
        ("Ngày 12 anh đi, rồi tới ngày 20/5 mới về.", ("Ngày 12", "---12")),
        ("Anh sinh ngày 12, ngày 15/8 cưới vợ.", ("ngày 12", "---12")),
        # a month lends nothing to a quarter, nor a quarter to a month, nor a month to a day
        ("Từ tháng 2 đến quý 3/2016 giá giảm.", ("tháng 2", "--02")),
        ("Từ quý 1 đến tháng 5/2016 giá giảm.", ("quý 1", "--Q1")),
        ("Từ ngày 26 đến tháng 10-2005 anh vắng nhà.", ("ngày 26", "---26")),
        # times of day, lunar dates and decades are left as they are
        ("Mùng 5 và mùng 6 tháng Giêng âm lịch hội mở.", ("Mùng 5", "---05")),
        ("Từ 10h đến 12h ngày 5/4 mất điện.", ("10h", "T10:00")),
    ],
)
def test_nothing_is_lent_across_years_or_apart(text: str, first: tuple[str, str]) -> None:
    assert dates(text)[0] == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month after "đến" with nothing counted after it
        ("Mùa mưa kéo dài từ tháng 5 đến 10.", [("tháng 5", "--05"), ("10", "--10")]),
        # a listed month takes its year after a dash, and lends it to the month before
        ("Trong tháng 3 và 4-2009, giá tăng.", [("tháng 3", "2009-03"), ("4-2009", "2009-04")]),
    ],
)
def test_months_listed_or_ranged_after_a_month(text: str, expected: list[object]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chờ từ tháng 6 đến 9 ngày nữa.", {"tháng 6": "--06", "9 ngày": None}),
        ("Giá tăng từ tháng 6 tới 12%.", {"tháng 6": "--06", "12%": None}),
        # after a day of a month, a bare number is no month
        ("Hội chợ mở từ ngày 5/3 đến 10, rồi nghỉ.", {"ngày 5/3": "--03-05", "10": None}),
    ],
)
def test_a_number_with_its_unit_after_a_month_is_no_month(
    text: str, expected: dict[str, str | None]
) -> None:
    assert {f.text: f.date for f in analyze(text).figures} == expected


def test_a_range_of_amounts_shares_its_currency() -> None:
    found = {
        f.text: (f.category, f.unit)
        for f in analyze("Mức phạt từ 3 triệu đến 6 triệu đồng.").figures
    }
    assert found == {"3 triệu": ("money", "VND"), "6 triệu đồng": ("money", "VND")}
