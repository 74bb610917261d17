"""A stock's ticker names its listed company, ORG (guideline rules 36, 103: "a fund's code as
ORG like a ticker"), also when its three capitals read as a Roman numeral ("CII", "CCL"):
after "mã" or "cổ phiếu", or in a list with other tickers; a Roman numeral elsewhere is a
number, no entity. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "ticker"),
    [
        ("Phiên chiều nay, mã CII giảm 2% về 21.000 đồng.", "CII"),
        ("Khối ngoại bán ròng cổ phiếu CII trong tuần qua.", "CII"),
        ("Dòng tiền chảy vào FPT, DCL, MWG ngay từ đầu phiên.", "DCL"),
    ],
)
def test_a_ticker_shaped_like_a_roman_numeral_is_a_company(text: str, ticker: str) -> None:
    assert (ticker, "ORG") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội đại biểu lần thứ XII, XIII đã bầu ra ban chấp hành mới.",
        "Kiến trúc các thế kỷ XIX, XX vẫn còn nhiều ở khu phố này.",
    ],
)
def test_a_roman_numeral_elsewhere_is_no_company(text: str) -> None:
    assert not any(label == "ORG" for _, label in found(text))
