"""A body's field written in two halves with a dash is one name (issue 9, ``GUIDELINE.md``
rules 2 and 13), the second half in lower case too ("Bộ Bưu chính - viễn thông", "Trường CĐ
Sân khấu - điện ảnh TP.HCM") or opening with a place word ("Ban Văn hóa - Xã hội"); a dash
before what the body does, before another body or before a picture's credit ends it; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Theo Bộ Bưu chính - viễn thông, số thuê bao tăng.",
        {("ORG", "Bộ Bưu chính - viễn thông")},
    ),
    (
        "Cô học Trường Cao đẳng Văn hóa - nghệ thuật Nghệ An.",
        {("ORG", "Trường Cao đẳng Văn hóa - nghệ thuật Nghệ An")},
    ),
    (
        "Đại diện Bộ Văn hóa - thể thao và du lịch phát biểu.",
        {("ORG", "Bộ Văn hóa - thể thao và du lịch")},
    ),
    (
        "Ông Hòa, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Bình Định, cho biết.",
        {("PER", "Hòa"), ("ORG", "Ban Văn hóa - Xã hội HĐND tỉnh Bình Định")},
    ),
    # what the body does, another body and a credit are no part of it
    (
        "UBND xã Tân Lập - nơi có dự án - đã họp dân.",
        {("ORG", "UBND xã Tân Lập")},
    ),
    (
        "Liên Sở Tài chính - Công an tỉnh Hà Nam đã có văn bản.",
        {("ORG", "Sở Tài chính"), ("ORG", "Công an tỉnh Hà Nam")},
    ),
    ("Trụ sở Bộ Xây dựng - Ảnh: T.H", {("ORG", "Bộ Xây dựng"), ("PER", "T.H")}),
    # a list after the dashed field, or a second body after the dash, is no part of it
    (
        "Các cơ quan thuộc Bộ Bưu chính - viễn thông và TP Đà Nẵng phải di dời.",
        {("ORG", "Bộ Bưu chính - viễn thông"), ("LOC", "TP Đà Nẵng")},
    ),
    (
        # the second, after its head in lower case, is a body of its own (rule 13)
        "Trường Cao đẳng Y tế - đại học Y Huế liên kết đào tạo.",
        {("ORG", "Trường Cao đẳng Y tế"), ("ORG", "Y Huế")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dashed_fields(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
