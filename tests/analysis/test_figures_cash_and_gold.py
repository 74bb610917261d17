"""A sum with a scale word before "tiền" is money in dong, the noun left out ("120 triệu tiền
mặt", GUIDELINE rule 83); gold counted by the mace before "vàng" ("3 chỉ vàng" → `mace`,
rule 54), but "chỉ" alone is "only". Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(f.text, f.category, f.value, f.unit) for f in analyze(text).figures]


CASES = [
    ("Công an thu giữ 35 triệu tiền mặt.", [("35 triệu", "money", 35000000.0, "VND")]),
    ("Mỗi tháng chi khoảng 12 tỷ tiền thuê nhà.", [("12 tỷ", "money", 12000000000.0, "VND")]),
    ("Bà được chia 14 chỉ vàng.", [("14 chỉ", "quantity", 14.0, "mace")]),
    (
        "Kẻ gian lấy 2,5 chỉ vàng và 7 triệu tiền công.",
        [
            ("2,5 chỉ", "quantity", 2.5, "mace"),
            ("7 triệu", "money", 7000000.0, "VND"),
        ],
    ),
    # "chỉ" before another word is "only"
    ("Đội xếp thứ 3 chỉ sau hai đội mạnh.", [("thứ 3", "other", 3.0, "rank")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cash_and_gold(
    text: str, expected: list[tuple[str, str, float | None, str | None]]
) -> None:
    assert figures(text) == expected


def test_a_currency_after_tien_is_no_dong() -> None:
    assert all(f.unit != "VND" for f in analyze("Họ đổi 3 tỷ tiền yên.").figures)


def test_my_kim_is_the_us_dollar() -> None:
    figures = analyze("Giá vàng lên 1.900 Mỹ kim mỗi ounce, khoản vay 5 triệu Mỹ kim.").figures
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("1.900 Mỹ kim", 1900.0, "USD/ounce"),
        ("5 triệu Mỹ kim", 5_000_000.0, "USD"),
    ]
