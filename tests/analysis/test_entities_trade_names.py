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
    ("Hiệp hội nhựa và cao su dự báo giá hạt nhựa tăng.", {("ORG", "Hiệp hội nhựa và cao su")}),
    ("Bộ giao Tổng công ty xi măng và các đơn vị rà soát.", {("ORG", "Tổng công ty xi măng")}),
    (
        "Theo Hiệp hội chế biến và xuất khẩu gỗ Việt Nam, đơn hàng giảm.",
        {("ORG", "Hiệp hội chế biến và xuất khẩu gỗ Việt Nam")},
    ),
    ("Ông là chủ tịch Hiệp hội các nhà sản xuất ôtô.", {("ORG", "Hiệp hội các nhà sản xuất ôtô")}),
    # the kind, not a body; words that may go on with the name: unsure, left out
    ("Các Tổng công ty điện lực xây dựng kế hoạch.", set()),
    ("Chủ tịch Liên đoàn quốc gia những người thợ mộc phát biểu.", set()),
    ("Quĩ Bảo trợ trẻ em Đà Nẵng đã trao quà.", {("ORG", "Quĩ Bảo trợ trẻ em Đà Nẵng")}),
    # a trade that is a verb too, used as one: no name ("than": to complain)
    ("Hiệp hội than rằng phí vận chuyển quá cao.", set()),
    ("Hiệp hội than về thủ tục hoàn thuế chậm.", set()),
    ("Tổng công ty than đã báo lãi quý này.", {("ORG", "Tổng công ty than")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_trade_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
