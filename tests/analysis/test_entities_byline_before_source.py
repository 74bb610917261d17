"""A byline on its own line right before a last line "Theo <outlet>" signs the article: the
reporters are people, even when their name is also a place's ("Vĩnh Ngọc"), and the outlet is
an organisation (GUIDELINE rule 37; made-up texts)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Nữ ca sĩ vừa kết hôn năm ngoái.\nThu Phạm\nTheo Daily Star",
        {("PER", "Thu Phạm"), ("ORG", "Daily Star")},
    ),
    ("Cặp đôi ly hôn sau 2 năm.\nVĩnh Ngọc\nTheo DM", {("PER", "Vĩnh Ngọc"), ("ORG", "DM")}),
    (
        "Ngôi đền có từ thế kỷ 12.\nLan Anh - Minh Khang\nTheo Travel Weekly",
        {("PER", "Lan Anh"), ("PER", "Minh Khang"), ("ORG", "Travel Weekly")},
    ),
    # a sentence before the source is no byline, nor is a last line that only reports
    ("Giá vàng tăng mạnh tại Hà Nội.\nTheo Reuters", {("LOC", "Hà Nội"), ("ORG", "Reuters")}),
    (
        "Trụ sở ở quận Hoàn Kiếm.\nHà Nội.\nTheo ghi nhận của phóng viên, nhiều người đã đến.",
        {("LOC", "Hoàn Kiếm"), ("LOC", "Hà Nội")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_line_before_the_source_is_the_byline(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert spans(text) == expected
