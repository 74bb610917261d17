"""Places written short on real news (issue 9): an abbreviated head stays in the place
(``benchmarks/data/GUIDELINE.md`` rules 36 and 62); made-up sentences, none from a benchmark
set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # an industrial park or a new urban area written short, like "khu công nghiệp Tân Tạo"
    ("Nhà máy mới ở KCN Hòa Khánh đã chạy.", {("LOC", "KCN Hòa Khánh")}),
    ("Dự án KĐTM Văn Phú đã bàn giao.", {("LOC", "KĐTM Văn Phú")}),
    ("Các KCN đều kín chỗ.", set()),
    # the district of a street just named, in brackets
    (
        "Chị đứng trên đường Lê Văn Sỹ (Q. Phú Nhuận) thì bị giật túi.",
        {("LOC", "Lê Văn Sỹ"), ("LOC", "Q. Phú Nhuận")},
    ),
    # an initial in brackets after a person stays no place
    ("Chị Lan (P. Anh) cho biết thế.", {("PER", "Lan")}),
    # "TP." closing a sentence: the next sentence's first word names no city
    ("Họ có một khu đất trong lòng TP. Nhưng đến nay vẫn bỏ hoang.", set()),
    # an unknown word before a lower-case one opens the next sentence; a known city stays
    (
        "Dự án được báo cáo với Sở Xây dựng TP. Nhờ vậy, tiến độ nhanh hơn.",
        {("ORG", "Sở Xây dựng TP")},
    ),
    ("Dân số TP. Nhiệm kỳ tới sẽ còn tăng.", set()),
    ("Anh làm thợ hồ ở TP. Vinh trong ba năm.", {("LOC", "TP. Vinh")}),
    ("Anh mới chuyển lên TP. Theo anh, giá nhà quá cao.", set()),
    ("Đoàn đã về tới TP. Vinh chiều qua.", {("LOC", "TP. Vinh")}),
    # a province of two names written without its dash is one place
    ("Phiên tòa ở tỉnh Bà Rịa Vũng Tàu kéo dài.", {("LOC", "Bà Rịa Vũng Tàu")}),
    (
        "Mưa lớn ở Bà Rịa, Vũng Tàu và Đồng Nai.",
        {("LOC", "Bà Rịa"), ("LOC", "Vũng Tàu"), ("LOC", "Đồng Nai")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_written_short(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_the_czech_republic_written_short_is_one_place() -> None:
    # "CH" (cộng hòa) before the country stays in the place, like "LB Nga" (rule 62)
    assert spans("Bóng đá CH Czech và CH Séc đều thắng.") == {
        ("LOC", "CH Czech"),
        ("LOC", "CH Séc"),
    }


def test_an_initial_after_a_city_written_short_is_no_place() -> None:
    # "TP." ends a sentence and the next one opens with a person's initial
    found = spans("Bác sĩ về đây theo lời kêu gọi của TP. M. lập tức được nhận vào làm.")
    assert not any(label == "LOC" for label, _ in found)
    assert ("LOC", "TP. Huế") in spans("Ông sống ở TP. Huế. H. là bác sĩ.")
