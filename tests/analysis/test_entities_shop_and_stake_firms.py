"""Firms named by lower-case words of trade (issue 9): "doanh nghiệp", "cửa hàng", "tiệm vàng"
and "giáo phái" announce a name of their own ("doanh nghiệp Phú Thịnh"), but not a
businessman ("nhà doanh nghiệp X") nor a trade's first word ("doanh nghiệp Tài chính -
Ngân hàng"); a firm's money ("tình hình tài chính của X", "thoái vốn tại X") names the firm,
not a place or a person, and the firm named so once is the firm again alone; currencies by
their ISO code are no organisations. Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sản phẩm của doanh nghiệp Phú Thịnh được ưa chuộng.", "Phú Thịnh"),
        ("Chủ tiệm vàng Kim Hoa cho biết giá tăng mạnh.", "Kim Hoa"),
        ("Bà là chủ cửa hàng Quang Vinh ở quận 3.", "Quang Vinh"),
        ("Trùm giáo phái Omega bị xét xử.", "Omega"),
    ],
)
def test_a_trade_word_announces_a_firm(text: str, firm: str) -> None:
    assert ("ORG", firm) in spans(text)


def test_a_business_person_is_no_firm() -> None:
    found = spans("Nhà doanh nghiệp Rakesh Malhotra bị bắt.")
    assert ("PER", "Rakesh Malhotra") in found


@pytest.mark.parametrize(
    "text",
    [
        "Các doanh nghiệp Tài chính - Ngân hàng ứng dụng giải pháp này.",
        "Tờ An toàn giao thông đưa tin.",
    ],
)
def test_a_trades_first_word_is_no_firm(text: str) -> None:
    assert not any(label == "ORG" for label, _ in spans(text))


def test_a_newspaper_of_one_word_stays_before_a_function_word() -> None:
    assert ("ORG", "Star") in spans("Cách đây một ngày, tờ Star của Anh đưa tin.")


def test_a_trade_word_inside_a_bodys_name_goes_on_it() -> None:
    text = "Bà Lan, Phó bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nam Định."
    assert ("ORG", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nam Định") in spans(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tình hình tài chính của Vinaco đang tiềm ẩn rủi ro.", "Vinaco"),
        ("Kết quả kinh doanh của Lamico đã giảm.", "Lamico"),
        ("Tổng công ty muốn thoái toàn bộ vốn tại Vinaco.", "Vinaco"),
        ("Họ nắm 30% cổ phần tại Lamico.", "Lamico"),
    ],
)
def test_a_firms_money_names_the_firm(text: str, firm: str) -> None:
    assert ("ORG", firm) in spans(text)


def test_a_stake_before_a_number_keeps_the_number() -> None:
    found = spans("Họ nắm 30% cổ phần tại Sonco 7 Land.")
    assert ("ORG", "Sonco") not in found


def test_a_stake_in_a_place_is_still_the_place() -> None:
    assert ("LOC", "Lào") in spans("Đầu tư vốn tại Lào tăng mạnh.")


def test_the_firm_named_by_its_products_is_the_firm_again() -> None:
    text = "Đây là sản phẩm của Palomar tại VN. Bếp gas của Palomar phải có tem nhập khẩu."
    found = [(e.label, e.text) for e in analyze(text).entities]
    assert found.count(("ORG", "Palomar")) == 2


@pytest.mark.parametrize("code", ["AUD", "NZD", "GBP", "CHF"])
def test_a_currency_code_is_no_organisation(code: str) -> None:
    text = f"Họ mua trước USD và bán trước {code} với niềm tin rằng đồng {code} sẽ giảm."
    assert not any(name == code for _, name in spans(text))
