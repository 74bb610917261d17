"""A website named by its domain is one organisation (guideline rules 52, 78): "Zuji.com",
"Tiki.vn", "Vatgia.com.vn"; not inside an e-mail or a longer address. Made-up sentences,
never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Trang Zubo.com đã vượt qua các đối thủ.", {("ORG", "Zubo.com")}),
    ("Ảnh: Kinhte.vn", {("ORG", "Kinhte.vn")}),
    (
        "Hàng bán trên Muaban.com.vn và Rao.net rất chạy.",
        {("ORG", "Muaban.com.vn"), ("ORG", "Rao.net")},
    ),
    # a name the scan took for a place is the site with its domain
    ("Giá trên Amazon.com giảm mạnh.", {("ORG", "Amazon.com")}),
    # an e-mail or a longer address names no site
    ("Liên hệ: ban@Zubo.com để biết thêm.", set()),
    ("Xem tại www.Zubo.com/tin hằng ngày.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_websites_named_by_their_domain(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
