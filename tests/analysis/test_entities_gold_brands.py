"""A gold brand after "vàng" is the gold, a product (MISC): "giá vàng SJC", "vàng miếng
SJC", "vàng AAA" (issue 9; ``benchmarks/data/GUIDELINE.md`` rule 35). The firm named with
its head stays a firm, and "vàng" that is yellow ("áo vàng") makes no product. Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Sáng nay giá vàng SJC tăng thêm 200.000 đồng.", "SJC"),
        ("Vàng miếng PNJ được niêm yết ở mức cao.", "PNJ"),
        ("Giá bán vàng DOJI giảm nhẹ trong phiên chiều.", "DOJI"),
    ],
)
def test_a_gold_brand_is_a_product(text: str, brand: str) -> None:
    found = spans(text)
    assert ("MISC", brand) in found
    assert ("ORG", brand) not in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Công ty SJC niêm yết giá vàng mới.", "Công ty SJC"),
        ("Các cầu thủ áo vàng SLNA đã thắng trận.", "SLNA"),
    ],
)
def test_the_firm_and_a_yellow_shirt_stay_organisations(text: str, org: str) -> None:
    assert ("ORG", org) in spans(text)
