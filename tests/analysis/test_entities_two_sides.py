"""A body named after two countries is one organisation (issue 9, ``GUIDELINE.md`` rule 13):
the second country after the dash is part of the name, not a place of its own; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Bà là hội viên Hội Hữu nghị Việt - Lào.", {("ORG", "Hội Hữu nghị Việt - Lào")}),
    (
        "Phòng Thương mại Việt Nam - Hàn Quốc đã tổ chức hội chợ.",
        {("ORG", "Phòng Thương mại Việt Nam - Hàn Quốc")},
    ),
    ("Hội đồng Kinh doanh Mỹ - ASEAN gửi thư.", {("ORG", "Hội đồng Kinh doanh Mỹ - ASEAN")}),
    ("Em học ở Trường THPT Việt - Úc.", {("ORG", "Trường THPT Việt - Úc")}),
    # a body that does not end with a country stays apart from the country after its dash
    (
        "Ông làm việc ở Quỹ Hỗ trợ nông dân - Lào.",
        {("ORG", "Quỹ Hỗ trợ nông dân"), ("LOC", "Lào")},
    ),
    # two sides and their score name a match, not one body
    (
        "Kết quả giao lưu: Hội Hữu nghị Việt - Lào: 2-0.",
        {("ORG", "Hội Hữu nghị Việt"), ("LOC", "Lào")},
    ),
    # a body of one state, a team and a match name two sides, not one body
    ("Quân đội Mỹ - Hàn Quốc tập trận.", {("ORG", "Quân đội Mỹ"), ("LOC", "Hàn Quốc")}),
    (
        "Trận giao hữu U23 Việt Nam - Lào diễn ra tối nay.",
        {("ORG", "U23 Việt Nam"), ("LOC", "Lào")},
    ),
    # a city is no side
    (
        "Ông học ở Đại học Tổng hợp Kazan - Nga.",
        {("ORG", "Đại học Tổng hợp Kazan"), ("LOC", "Nga")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bodies_of_two_sides(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
