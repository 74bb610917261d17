"""A ministry's department written "X, Y" with Y the ministry is one organisation (issue 9,
``GUIDELINE.md`` rule 32), like "Trung tâm Chống độc, Bệnh viện Bạch Mai": "Cục Lãnh sự, Bộ
Ngoại giao", "Vụ Pháp chế, Bộ Tư pháp"; bodies of the same rank stay a list; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Ông Minh, Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp cho biết.",
        {("PER", "Minh"), ("ORG", "Vụ Pháp chế, Bộ Tư pháp")},
    ),
    (
        "Theo Cục Trồng trọt, Bộ Nông nghiệp và Phát triển nông thôn, vụ lúa đạt.",
        {("ORG", "Cục Trồng trọt, Bộ Nông nghiệp và Phát triển nông thôn")},
    ),
    (
        "Thông tin từ Tổng cục Du lịch, Bộ Văn hóa cho thấy lượng khách tăng.",
        {("ORG", "Tổng cục Du lịch, Bộ Văn hóa")},
    ),
    # bodies of the same rank are a list
    (
        "Cục Thuế, Cục Hải quan đã phối hợp.",
        {("ORG", "Cục Thuế"), ("ORG", "Cục Hải quan")},
    ),
    ("Bộ Y tế, Bộ Tài chính đã họp.", {("ORG", "Bộ Y tế"), ("ORG", "Bộ Tài chính")}),
    # a department before its ministry inside a list of bodies stands alone
    (
        "Đại diện Cục Thuế, Bộ Công Thương, Bộ Tư pháp dự họp.",
        {("ORG", "Cục Thuế"), ("ORG", "Bộ Công Thương"), ("ORG", "Bộ Tư pháp")},
    ),
    (
        "Cục Hàng hải, Bộ Tài chính và Tổng cục Hải quan đã họp.",
        {("ORG", "Cục Hàng hải"), ("ORG", "Bộ Tài chính"), ("ORG", "Tổng cục Hải quan")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ministry_departments(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
