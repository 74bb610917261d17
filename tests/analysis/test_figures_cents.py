"""Cents are money in the dollar's unit, the value divided by 100 (GUIDELINE rules 93, 94):
"12 cent" → 0.12 USD, "64,25 US cents/pound" → 0.6425 USD/pound; a range shares the cents."""

from __future__ import annotations

from vnreader.analysis import analyze


def money(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in analyze(text).figures if f.category == "money"]


def test_cents_are_hundredths_of_a_dollar() -> None:
    assert money("Cổ tức tăng lên 12 cent/cổ phiếu.") == [("12 cent/cổ phiếu", 0.12, "USD/share")]


def test_us_cents_per_pound() -> None:
    assert money("Giá chốt ở 64,25 US cents/pound.") == [
        ("64,25 US cents/pound", 0.6425, "USD/pound")
    ]


def test_a_range_shares_the_cents() -> None:
    assert money("Hai mã lần lượt mất 35 và 18 cent.") == [
        ("35", 0.35, "USD"),
        ("18 cent", 0.18, "USD"),
    ]


def test_a_name_written_cent_is_no_money() -> None:
    assert money("Ca sĩ 50 Cent biểu diễn tối qua.") == []


def test_euro_cents_are_hundredths_of_a_euro() -> None:
    assert money("Mỗi lượt gửi xe chỉ mất 80 cent euro.") == [("80 cent euro", 0.8, "EUR")]


def test_a_change_before_a_price_with_a_slash_stays_in_its_currency() -> None:
    # the price's per-unit is written with a slash: the change is a sum of money; a price
    # risen from, after "từ", shares the per-unit; a per-unit in words is shared (rule 93)
    assert money("Dầu thô giảm 6 cent xuống 41,20 USD/thùng.") == [
        ("6 cent", 0.06, "USD"),
        ("41,20 USD/thùng", 41.2, "USD/item"),
    ]
    assert money("Cổ phiếu tăng 300 đồng lên 12.500 đồng/cổ phiếu.")[0] == (
        "300 đồng",
        300.0,
        "VND",
    )
    assert money("Giá tăng từ 11.000 đồng lên 12.500 đồng/cổ phiếu.")[0] == (
        "11.000 đồng",
        11000.0,
        "VND/share",
    )
    assert money("Vàng tăng 8 USD lên 1.990 USD một ounce.")[0] == ("8 USD", 8.0, "USD/ounce")


def test_a_price_risen_from_a_level_shares_the_per_unit() -> None:
    assert money("Phí tăng từ mức 80.000 đồng lên 85.000 đồng/lượt.")[0] == (
        "80.000 đồng",
        80000.0,
        "VND/visit",
    )


def test_a_price_change_after_tang_gia_stays_in_its_currency() -> None:
    assert money("Cổ phiếu tăng giá 200 đồng lên mức 38.000 đồng/cổ phiếu.")[0] == (
        "200 đồng",
        200.0,
        "VND",
    )
