"""A time written with "AM" or "PM" ("6:49 AM", an e-mail's header or an English source)
keeps it in the span and in its value, and the two letters are never read as a name.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "span", "time"),
    [
        ("Sent: Monday, May 03, 2004 6:49 AM Subject: Cau hoi ve hoc bong", "6:49 AM", "T06:49"),
        ("Thư gửi lúc 10:12 PM Subject: Xin loi khuyen", "10:12 PM", "T22:12"),
        ("Phiên họp mở lúc 9:30 a.m. theo giờ địa phương.", "9:30 a.m.", "T09:30"),
        ("Cuộc gọi đến lúc 12:05 AM, khi cả nhà đã ngủ.", "12:05 AM", "T00:05"),
        ("Xe xuất bến lúc 12:30 PM mỗi ngày.", "12:30 PM", "T12:30"),
        ("Thư được gửi lúc 6:49 PM.", "6:49 PM", "T18:49"),
    ],
)
def test_am_and_pm_are_part_of_the_time(text: str, span: str, time: str) -> None:
    found = analyze(text)
    clocks = [(f.text, f.date) for f in found.figures if f.date and f.date.startswith("T")]
    assert clocks == [(span, time)]
    assert not [e for e in found.entities if "AM" in e.text or "PM" in e.text]


def test_a_time_without_am_keeps_the_part_of_day() -> None:
    (clock,) = analyze("Trận đấu bắt đầu lúc 7:30 tối nay.").figures
    assert (clock.text, clock.date) == ("7:30", "T19:30")
