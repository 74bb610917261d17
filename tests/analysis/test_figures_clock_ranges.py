"""A range of hours followed by a part of day is two times of day: the first hour takes the
second's part of day, as a range's first number takes the second's unit (GUIDELINE rules 22
and 48); a range of lengths of time stays two durations. Made-up sentences (none is a
sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.text, f.category, f.unit, f.date) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Nhiều hôm em thức đến 1 - 2 giờ sáng để ôn bài.", ("1", "T01:00"), ("2 giờ", "T02:00")),
        ("Buổi lễ diễn ra từ 3-5 giờ chiều thứ bảy.", ("3", "T15:00"), ("5 giờ", "T17:00")),
        ("Phiên chợ họp từ 7 đến 9 giờ tối.", ("7", "T19:00"), ("9 giờ", "T21:00")),
    ],
)
def test_a_range_of_hours_with_a_part_of_day_is_two_times(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert [(t, d) for t, c, _, d in figures(text) if c == "date"] == [first, second]


def test_a_range_of_lengths_of_time_stays_two_durations() -> None:
    assert figures("Mỗi ngày em tự học 3 - 4 giờ.") == [
        ("3", "duration", "hour", None),
        ("4 giờ", "duration", "hour", None),
    ]


def test_a_delay_of_a_range_of_hours_is_a_length_of_time() -> None:
    assert figures("Chuyến bay bị trễ 2-3 giờ sáng nay.")[0] == ("2", "duration", "hour", None)
