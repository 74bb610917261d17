"""A website named by its domain is one organisation (guideline rules 36, 37, 78, 84):
"Zubo.com", "Kinhte.vn", "Muaban.com.vn"; not inside an e-mail or a longer address.
Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Trang Zubo.com vừa ra mắt ứng dụng mới.", {("ORG", "Zubo.com")}),
    ("Ảnh: Kinhte.vn", {("ORG", "Kinhte.vn")}),
    (
        "Hàng bán trên Muaban.com.vn và Rao.net rất chạy.",
        {("ORG", "Muaban.com.vn"), ("ORG", "Rao.net")},
    ),
    # a name the scan took for a place is the site with its domain
    ("Giá trên Amazon.com giảm mạnh.", {("ORG", "Amazon.com")}),
    # a colon after the site, and a name of two words
    ("Theo Zubo.vn: giá giảm mạnh.", {("ORG", "Zubo.vn")}),
    ("Theo trang Tin Mới.vn, giá vàng tăng.", {("ORG", "Tin Mới.vn")}),
    # an e-mail or a longer address names no site
    ("Liên hệ: ban@Zubo.com để biết thêm.", set()),
    ("Xem tại www.Zubo.com/tin hằng ngày.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_websites_named_by_their_domain(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
