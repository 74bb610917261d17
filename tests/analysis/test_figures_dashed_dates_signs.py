"""A day and month joined by a dash with no day word before them is a date after a time of
day or a date word ("sáng sớm 27-9", "Hôm qua (27-4)", "trước 15-3"), and a share's change
keeps its "+" ("AGF +200 đồng") (issue 9; guideline rules 3, 52, 107). Made-up sentences,
none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.date) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngay sáng sớm 14-10, đoàn cứu hộ đã có mặt.", [("14-10", None, None, "--10-14")]),
        ("Hôm qua (21-6), Quốc hội họp phiên bế mạc.", [("21-6", None, None, "--06-21")]),
        ("Ngày mai, 8-3, chị em nhận quà.", [("8-3", None, None, "--03-08")]),
        ("Sở phải báo cáo UBND tỉnh trước 20-5.", [("20-5", None, None, "--05-20")]),
    ],
)
def test_a_dashed_day_and_month_after_a_time_word_is_a_date(
    text: str, expected: list[object]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đội khách thắng 3-1 trên sân nhà.",  # a score
        "Mỗi hộ nuôi từ 2-3 con bò.",  # a range of counts
        "Dự án cần từ 15-20 ngày để hoàn tất.",
        "Dù bị dẫn trước 11-7, đội chủ nhà vẫn thắng.",  # a score after "dẫn trước"
    ],
)
def test_scores_and_ranges_are_no_dates(text: str) -> None:
    assert all(f[3] is None for f in figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cổ phiếu XYZ +300 đồng, ABC +150 đồng.",
            [("+300 đồng", 300.0, "VND", None), ("+150 đồng", 150.0, "VND", None)],
        ),
        ("Giá dầu tăng +2%.", [("+2%", 2.0, "percent", None)]),
    ],
)
def test_a_plus_sign_stays_with_the_change(text: str, expected: list[object]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Các nước ASEAN +3 đồng ý tăng cường hợp tác.", "Đội khách thắng 2-0 đồng thời lên đầu bảng."],
)
def test_dong_starting_a_word_is_no_currency(text: str) -> None:
    # "đồng ý", "đồng thời": words of their own after a number, no money
    assert all(f[2] != "VND" for f in figures(text))
