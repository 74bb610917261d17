"""A province's bar association and a congress's presidium (issue 9, ``GUIDELINE.md`` rules 11
and 83): "Đoàn Luật sư" and its place are one organisation, "Đoàn" there is no surname, and a
surname's word before a title written as titles are ("Đoàn Chủ tịch") names no one; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Luật sư Trần Văn Nam (Đoàn Luật sư tỉnh Bình Định) nêu ý kiến.",
        {("PER", "Trần Văn Nam"), ("ORG", "Đoàn Luật sư tỉnh Bình Định")},
    ),
    ("Bà là thành viên Đoàn luật sư TP.HCM từ năm 2010.", {("ORG", "Đoàn luật sư TP.HCM")}),
    (
        "Đơn được gửi tới Đoàn Luật sư Cần Thơ, Đoàn Luật sư Huế.",
        {("ORG", "Đoàn Luật sư Cần Thơ"), ("ORG", "Đoàn Luật sư Huế")},
    ),
    # with no place it is a bare head (rule 83)
    ("Ông đã bị xóa tên khỏi Đoàn luật sư.", set()),
    # a presidium is a bare head, not a person named "Đoàn"
    ("Sáng nay đại hội nghe Đoàn Chủ tịch báo cáo.", set()),
    ("Đoàn Chủ tịch sẽ họp vào buổi chiều.", set()),
    # after "Bí thư" or "Trung ương", "Đoàn" is the Youth Union, no person
    ("Chị là Bí thư Đoàn trường THCS Lê Lợi.", {("ORG", "THCS Lê Lợi")}),
    ("Anh là Bí thư BCH Trung ương Đoàn.", {("ORG", "BCH Trung ương Đoàn")}),
    # people stay people
    ("Ông Đoàn Văn Khôi cho biết.", {("PER", "Đoàn Văn Khôi")}),
    ("Thứ trưởng Lê Trung Kiên đã đến.", {("PER", "Lê Trung Kiên")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bar_and_presidium(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
