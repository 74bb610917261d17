"""A school named after a person, right after its head's title, is the school (issue 9):
"Hiệu trưởng Trường THPT Lê Lợi" names the school, not a person; a second full name after it
is the head's. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    ("Hiệu trưởng Trường THPT Lê Quý Đôn cho biết.", {("Trường THPT Lê Quý Đôn", "ORG")}),
    (
        "Hiệu trưởng Trường Tiểu học Trần Quốc Toản phát biểu.",
        {("Trường Tiểu học Trần Quốc Toản", "ORG")},
    ),
    (
        "Phó hiệu trưởng Trường mầm non Hoa Sen cho biết.",
        {("Trường mầm non Hoa Sen", "ORG")},
    ),
    (
        "Hiệu trưởng Trường THPT chuyên Lê Khiết Phạm Văn Tâm cho biết.",
        {("Trường THPT chuyên Lê Khiết", "ORG"), ("Phạm Văn Tâm", "PER")},
    ),
    (
        "Hiệu trưởng Trường THCS Ngô Quyền, ông Đỗ Văn Lâm, cho biết.",
        {("Trường THCS Ngô Quyền", "ORG"), ("Đỗ Văn Lâm", "PER")},
    ),
    # a sentence's end between the school and the next person's name
    (
        "Hiệu trưởng Trường THPT Đinh Tiên Hoàng. Cô Nguyễn Tố Tâm cho biết.",
        {("Trường THPT Đinh Tiên Hoàng", "ORG"), ("Nguyễn Tố Tâm", "PER")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_school_named_after_a_person_after_a_title(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert labelled(text) == expected
