"""A foreign name no list knows, after what a firm makes or owns and "của" ("các sản phẩm của
X", "cổ phiếu của X", "smartphone của X"), is the firm (guideline rule 35), and so is the same
name alone elsewhere in the text; a phone or a computer "của" someone stays unnamed. Made-up
sentences and names, never test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các sản phẩm của Dolmira có tỷ lệ nội địa hóa khá cao.", {("ORG", "Dolmira")}),
        ("Giá cổ phiếu của Quarvel tăng 5% trong phiên sáng.", {("ORG", "Quarvel")}),
        (
            "Hãng bay cấm vận chuyển smartphone của Zolari. Zolari cho biết sẽ hợp tác điều tra.",
            {("ORG", "Zolari")},
        ),
        # someone's phone or computer: no firm
        ("Điện thoại của Debrane bị lấy mất ở sân bay.", set()),
    ],
)
def test_a_maker_before_an_unknown_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
