"""Ratios written with a slash (GUIDELINE rule 93): a decimal after the slash is a parity, never a
date ("mức 1/7,45" → other, times); a fraction in the clause of "tỷ lệ" is a ratio ("tỷ lệ năm
2000 là 1/40"); a counted noun after it keeps two counts ("3/10 người"), a date stays a date."""

from __future__ import annotations

from vnreader.analysis import analyze


def figs(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_a_parity_with_a_decimal_is_a_ratio() -> None:
    assert figs("Tỷ giá được giữ ở mức 1/7,45.") == [("1/7,45", "times")]


def test_a_fraction_after_a_rate_is_a_ratio() -> None:
    assert figs("Tỷ lệ ở vùng này là 1/40, bản đồ tỉ lệ 1/250.") == [
        ("1/40", "times"),
        ("1/250", "times"),
    ]


def test_counts_and_dates_after_a_rate_stay() -> None:
    assert figs("Tỷ lệ đỗ là 3/10 người.") == [("3", "person"), ("10 người", "person")]
    assert figs("Tỷ lệ sẽ công bố ngày 2/6.") == [("ngày 2/6", None)]
