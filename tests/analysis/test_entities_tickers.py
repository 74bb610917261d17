"""A stock's ticker names its listed company, ORG (guideline rules 36, 103: "a fund's code as
ORG like a ticker"), also when its three capitals read as a Roman numeral ("CII", "CCL"):
after "mã" or "cổ phiếu", or in a list with other tickers (after a comma or "và"); a Roman
numeral elsewhere is a number, no entity. A ticker that is a common acronym elsewhere ("BTC",
ban tổ chức) is a company in such a list of a text about shares. Made-up sentences (none is
a sentence of a benchmark set)."""

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


@pytest.mark.parametrize(
    ("text", "ticker"),
    [
        ("Trong 8 cổ phiếu tăng giá có VNM, KDC và BTC cùng +300 đồng.", "BTC"),
        ("Hai cổ phiếu đứng giá là HSG và BBT, khối lượng khớp lệnh thấp.", "BBT"),
        ("Các cổ phiếu nhỏ như PMS, HSG, SAV cùng giảm 100 đồng.", "HSG"),
        # the shares named in the sentence before
        ("Thị trường cổ phiếu hôm nay sôi động. Các mã REE, DHA, BTC cùng tăng.", "BTC"),
    ],
)
def test_a_ticker_that_is_a_common_acronym_too_is_a_company_in_a_price_list(
    text: str, ticker: str
) -> None:
    # "BTC" (ban tổ chức), "BBT" (ban bí thư), "HSG" (học sinh giỏi) elsewhere
    assert (ticker, "ORG") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại diện BTC và BGK đã trao giải cho các thí sinh.",
        # shares named in another sentence; currencies and known names beside the acronyms
        "Các chỉ số GDP, CPI, FDI đều tăng. Cổ phiếu ngân hàng cũng tăng.",
        "Tỷ giá USD, EUR, JPY đều giảm trong khi cổ phiếu tăng.",
    ],
)
def test_a_common_acronym_listed_outside_a_price_list_is_no_company(text: str) -> None:
    acronyms = {"BTC", "GDP", "CPI", "FDI", "USD", "EUR", "JPY"}
    assert not any(label == "ORG" and name in acronyms for name, label in found(text))
