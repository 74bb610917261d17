"""Halves, thirds and quarters: "1/3" before the whole it takes a part of is a fraction (other,
``times``; GUIDELINE rule 90), not the 1st of March, and "1/3" before a counted group is a third
of it; but "2/3 điều kiện" and "thua 2/4 trận" count two of them, "3/4 GB" are two sizes, and a
date's word before keeps a date. Made-up sentences, never test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.date) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Nhà máy mới chạy 1/4 công suất thiết kế.", "1/4", 0.25),
        ("Vụ cháy thiêu rụi 2/3 diện tích khu rừng.", "2/3", 2 / 3),
        ("Cho 1/2 chén nước dùng vào nồi.", "1/2", 0.5),
        ("Chỉ 1/3 học sinh của trường đạt yêu cầu.", "1/3", 1 / 3),
        ("Trẻ nhỏ dùng 1/2 liều của người lớn.", "1/2", 0.5),
    ],
)
def test_a_common_fraction_of_a_whole(text: str, span: str, value: float) -> None:
    assert figures(text) == [(span, pytest.approx(value), "times", None)]


def test_parts_counted_and_sizes_stay_two_figures() -> None:
    assert figures("Đội bóng đã thua 2/3 trận đầu mùa.") == [
        ("2", 2.0, "match", None),
        ("3 trận", 3.0, "match", None),
    ]
    assert figures("Máy có RAM 3/4 GB tùy phiên bản.") == [
        ("3", 3.0, "GB", None),
        ("4 GB", 4.0, "GB", None),
    ]


def test_a_dates_word_keeps_a_date() -> None:
    assert figures("Sáng 1/3 người dân đã đổ ra đường.")[0] == ("1/3", None, None, "--03-01")
    assert figures("Từ 1/4 giá điện tăng.") == [("1/4", None, None, "--04-01")]


def test_two_syllable_counted_noun() -> None:
    assert figures("Anh tặng 3 ti vi cho người nghèo.") == [("3 ti vi", 3.0, "item", None)]


def test_a_date_before_a_word_of_time_stays_a_date() -> None:
    assert figures("Đợt phát hành 1/4 sắp tới được chờ đợi.")[0] == ("1/4", None, None, "--04-01")
    assert figures("Ngày Cá tháng Tư (1/4 hàng năm) đã tới.")[0][3] == "--04-01"
    # one match of three won: two counts (rule 54a), not a third
    assert figures("Đội chỉ thắng 1/3 trận.") == [
        ("1", 1.0, "match", None),
        ("3 trận", 3.0, "match", None),
    ]
