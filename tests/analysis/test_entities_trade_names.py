"""An association or a group of firms named by its trade in lower case after its capitalised
head ("Hiệp hội sản xuất và kinh doanh dược phẩm", "Tổng công ty xi măng"; guideline rule
13), and the old spelling "Quĩ" of the head "Quỹ". Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Quĩ Bảo trợ trẻ em Đà Nẵng đã trao quà.", {("ORG", "Quĩ Bảo trợ trẻ em Đà Nẵng")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_trade_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
