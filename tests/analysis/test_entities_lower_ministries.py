"""A ministry whose portfolio is written in lower case ("Bộ y tế", older news) is still the
ministry (GUIDELINE rule 81); a region ending in "Bộ" and a verb after "Bộ" are not. Made-up
sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Theo hướng dẫn của Bộ y tế, người dân nên đeo khẩu trang.", {("ORG", "Bộ y tế")}),
    ("Hóa đơn do Bộ tài chính phát hành.", {("ORG", "Bộ tài chính")}),
    (
        "Ông từng công tác ở Bộ công an và Bộ ngoại giao.",
        {("ORG", "Bộ công an"), ("ORG", "Bộ ngoại giao")},
    ),
    # "xây dựng" after "Bộ" is what the ministry does
    ("Bộ xây dựng kế hoạch cho năm tới.", set()),
    ("Nam Bộ có mưa rào.", {("LOC", "Nam Bộ")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ministries_in_lower_case(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
