""" "N lần" is a multiplier (``times``) after "bằng", after a raise ending in "lên" and after
"phạt tiền", and before what it multiplies ("mức lương", "số thuế"); "liên tiếp" after it
makes it a count of times even after a verb of change (GUIDELINE rules 7, 23)."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_multipliers_after_bang_a_raise_or_a_fine() -> None:
    assert units("Thưởng bằng 3 lần mức lương cơ sở.") == [("3 lần", "times")]
    assert units("Công suất được nâng dần lên 4 lần.") == [("4 lần", "times")]
    assert units("Vi phạm bị phạt tiền từ 1 đến 3 lần.") == [("1", "times"), ("3 lần", "times")]


def test_what_is_multiplied_follows() -> None:
    assert units("Mức phạt không quá 2 lần số thuế phải nộp.") == [("2 lần", "times")]


def test_counts_of_times_stay_counts() -> None:
    assert units("Ngân hàng đã giảm 6 lần liên tiếp.") == [("6 lần", "time")]
    assert units("Tiếng chuông vang lên 9 lần, anh mượn tiền 4 lần, tổng cộng 2 tỷ đồng.") == [
        ("9 lần", "time"),
        ("4 lần", "time"),
        ("2 tỷ đồng", "VND"),
    ]


def test_a_time_since_or_within_makes_a_count_after_a_raise() -> None:
    assert units("Hãng đã nâng giá vé lên 3 lần kể từ đầu năm.") == [("3 lần", "time")]
    assert units("Cửa hàng tăng giá lên 2 lần trong tháng này.") == [("2 lần", "time")]
    assert units("Công ty đã tăng lương lên 4 lần trong năm qua.") == [("4 lần", "time")]
