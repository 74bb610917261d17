"""The August Revolution written with its month's number ("Cách mạng Tháng 8") names an
event, or a street named after it, and holds no date (guideline rules 17, 38 and 55: a
place's or an event's name is no figure); a month after other words is still a date.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def dates(text: str) -> list[str]:
    return [f.text for f in analyze(text).figures if f.category == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "Sau Cách mạng Tháng 8, gia đình ông về Hà Nội.",
        "Quán ăn ở số 12 Cách mạng tháng 8, quận 3 đông khách.",
        "Xe đi qua đường Cách Mạng Tháng 8, phường 5 thì hỏng.",
    ],
)
def test_the_revolution_s_month_is_no_date(text: str) -> None:
    assert dates(text) == []


def test_the_street_is_one_place() -> None:
    found = [
        (e.text, e.label) for e in analyze("Xe đi qua đường Cách Mạng Tháng 8, phường 5.").entities
    ]
    assert ("Cách Mạng Tháng 8", "LOC") in found


def test_a_month_after_other_words_is_a_date() -> None:
    assert dates("Giá lúa tăng mạnh trong tháng 8 vừa qua.") == ["tháng 8"]


def test_revolutionary_work_in_a_month_keeps_its_date() -> None:
    # in lower case, "cách mạng" is the work: the month after it is a date
    assert dates("Ông bắt đầu làm cách mạng tháng 8 năm 1930.") == ["tháng 8 năm 1930"]
