"""A bare year after a lunar year's name or after a treaty or an orchestra named by its place
is a year (GUIDELINE rule 95: "hiệp ước Lisbon 2007"); after other names it stays part of the
name ("Expo 2020")."""

from __future__ import annotations

from vnreader.analysis import analyze


def years(text: str) -> list[str]:
    return [f.text for f in analyze(text).figures if f.category == "year"]


def test_a_lunar_years_name_then_the_year() -> None:
    assert years("Chợ hoa Tết Canh Tý 2020 và xuân Nhâm Dần 2022 rất đông.") == ["2020", "2022"]


def test_a_treaty_or_an_orchestra_named_by_its_place() -> None:
    assert years("Họ nhắc tới hiệp ước Madrid 1991 và dàn nhạc Giao hưởng Vienna 1995.") == [
        "1991",
        "1995",
    ]


def test_other_names_keep_their_year() -> None:
    assert years("Hội chợ Expo 2020 mở cửa.") == []


def test_a_year_after_nhung_nam_leaves_nhung_out() -> None:
    assert years("Trong những năm 1987-1989 và những năm 1970, giá tăng.") == [
        "năm 1987",
        "1989",
        "những năm 1970",
    ]
