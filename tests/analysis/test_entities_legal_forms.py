"""A company's legal form written short in English after its name (issue 9): "Co., Ltd",
", Inc.", "Corp." are the name's, with the abbreviation's dot inside a sentence; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Thuốc do Công ty Daewoo Pharm Co., Ltd-Korea sản xuất.",
        {("ORG", "Công ty Daewoo Pharm Co., Ltd"), ("LOC", "Korea")},
    ),
    ("Công ty Minh Long Co.,Ltd nhập khẩu lô hàng.", {("ORG", "Công ty Minh Long Co.,Ltd")}),
    (
        "Lô hàng của Samsung Electronics Co., Ltd. đã về.",
        {("ORG", "Samsung Electronics Co., Ltd.")},
    ),
    ("Công ty Transword Foods, Inc. đã ký hợp đồng.", {("ORG", "Công ty Transword Foods, Inc.")}),
    ("Hãng Apple Inc. cho biết doanh số tăng.", {("ORG", "Apple Inc.")}),
    (
        "Công ty Crestwood Capital Pte. Ltd góp vốn.",
        {("ORG", "Công ty Crestwood Capital Pte. Ltd")},
    ),
    (
        "Công ty HEG Singapore Pte Ltd nhận chuyển nhượng.",
        {("ORG", "Công ty HEG Singapore Pte Ltd")},
    ),
    # a known name followed by its form with no comma takes it in, with "Co." before "Ltd"
    (
        "Cổ đông lớn nhất là Goldman Sachs Group Inc. với 9% vốn.",
        {("ORG", "Goldman Sachs Group Inc.")},
    ),
    ("Hợp đồng ký với Sony Group Corp hôm qua.", {("ORG", "Sony Group Corp")}),
    ("Đơn hàng của Kia Motors Co. Ltd đã giao.", {("ORG", "Kia Motors Co. Ltd")}),
    # at a sentence's end the dot is the sentence's
    ("Ông làm việc cho Apple Inc. Ông Cook nói vậy.", {("ORG", "Apple Inc"), ("PER", "Cook")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_legal_forms_after_a_company(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
