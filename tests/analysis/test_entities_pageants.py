"""The crown of a beauty contest after "Hoa hậu" or "Á hậu" names the title, not a person:
"Hoa hậu Hoàn vũ Việt Nam" has no person "Hoàn", "Hoa hậu Trái đất" no person "Trái"; the
winner named after it is still a person. Made-up sentences (none is a sentence of a
benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cô dự thi Hoa hậu Hoàn vũ Việt Nam năm nay.", {("LOC", "Việt Nam")}),
        ("Cuộc thi Hoa hậu Hoàn vũ vừa công bố lịch thi.", set()),
        ("Cô đăng quang Hoa hậu Trái đất sau nhiều năm cố gắng.", set()),
        ("Người đẹp lọt top 10 Hoa hậu Siêu quốc gia.", set()),
        ("Cô giành ngôi Á hậu Liên lục địa ở Philippines.", {("LOC", "Philippines")}),
        ("Danh hiệu Hoa hậu Sinh viên thuộc về một cô gái Huế.", {("LOC", "Huế")}),
        (
            "Hoa hậu Hoàn vũ Catriona Gray đến Hà Nội.",
            {("PER", "Catriona Gray"), ("LOC", "Hà Nội")},
        ),
        ("Á hậu Hoàn vũ Lê Thị Hằng dự tiệc.", {("PER", "Lê Thị Hằng")}),
    ],
)
def test_a_beauty_contest_crown_is_no_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoa hậu Lê Thị Mai dự tiệc.", {("PER", "Lê Thị Mai")}),
        ("Anh Biển cho biết nước đã rút.", {("PER", "Biển")}),
        ("Ông Sinh nói rằng vụ mùa tốt.", {("PER", "Sinh")}),
    ],
)
def test_a_name_after_a_title_is_still_a_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
