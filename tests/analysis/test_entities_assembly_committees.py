"""The National Assembly's committees whose names hold a comma, a dash or a lower-case word
are one organisation each, with "của Quốc hội" when it follows (issue 9); made-up sentences,
none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    (
        "Phó chủ nhiệm Ủy ban Kinh tế và ngân sách Lê Văn Khải phát biểu.",
        {("Ủy ban Kinh tế và ngân sách", "ORG"), ("Lê Văn Khải", "PER")},
    ),
    (
        "Chủ nhiệm Ủy ban Các vấn đề xã hội của Quốc hội, Trần Thị Mơ, cho biết.",
        {("Ủy ban Các vấn đề xã hội của Quốc hội", "ORG"), ("Trần Thị Mơ", "PER")},
    ),
    (
        "Ủy ban Tài chính, Ngân sách của Quốc hội đã thẩm tra dự án luật.",
        {("Ủy ban Tài chính, Ngân sách của Quốc hội", "ORG")},
    ),
    (
        "Uỷ ban Tài chính - Ngân sách họp phiên toàn thể.",
        {("Uỷ ban Tài chính - Ngân sách", "ORG")},
    ),
    (
        "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng tổ chức hội thảo.",
        {("Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_assembly_committee_is_one_organisation(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert labelled(text) == expected
