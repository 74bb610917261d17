"""The Hồ Chí Minh Communist Youth Union under its short names ("Đoàn TNCS Hồ Chí Minh",
"T.Ư Đoàn", "BCH Trung ương Đoàn") is one organisation: the name of the man it is named
after is no person inside it, and "Đoàn" after "T.Ư" is the union, not the surname of the
person named next (issue 9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Nhân kỷ niệm ngày thành lập Đoàn TNCS Hồ Chí Minh, trường tổ chức hội trại.",
        {("ORG", "Đoàn TNCS Hồ Chí Minh")},
    ),
    (
        "Bằng khen của Trung ương Đoàn TNCS Hồ Chí Minh được trao cho 12 tập thể.",
        {("ORG", "Trung ương Đoàn TNCS Hồ Chí Minh")},
    ),
    (
        "Bí thư T.Ư Đoàn Lê Văn Khải phát biểu tại hội nghị.",
        {("ORG", "T.Ư Đoàn"), ("PER", "Lê Văn Khải")},
    ),
    (
        "Anh Trần Minh Sơn, Bí thư TƯ Đoàn, cho biết chương trình sẽ kéo dài.",
        {("PER", "Trần Minh Sơn"), ("ORG", "TƯ Đoàn")},
    ),
    (
        "Bí thư thứ nhất BCH Trung ương Đoàn đã gặp các em học sinh.",
        {("ORG", "BCH Trung ương Đoàn")},
    ),
    (
        "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh chỉ đạo các tỉnh.",
        {("ORG", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_youth_union_is_one_organisation(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
