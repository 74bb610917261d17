"""A "rưỡi" (and a half) after a unit of time, "lần" or a scale, a transformer's or a plant's
apparent power in kVA or MVA, and a transformer's voltage class, no figure (issue 9; guideline
rule 84). Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phiên họp kéo dài 3 giờ rưỡi.", [("3 giờ rưỡi", 3.5, "hour")]),
        ("Xe chạy mất 4 tiếng rưỡi đồng hồ.", [("4 tiếng rưỡi", 4.5, "hour")]),
        ("Công trình thi công 2 năm rưỡi mới xong.", [("2 năm rưỡi", 2.5, "year")]),
        ("Anh nằm viện 1 tháng rưỡi.", [("1 tháng rưỡi", 1.5, "month")]),
        ("Giá đất tăng gấp 3 lần rưỡi.", [("3 lần rưỡi", 3.5, "times")]),
        ("Căn hộ giá 3 tỷ rưỡi.", [("3 tỷ rưỡi", 3_500_000_000.0, "VND")]),
    ],
)
def test_a_half_after_a_unit_of_time_or_a_scale_is_added(text: str, expected: list[object]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đúng 7 giờ rưỡi sáng, đoàn xuất phát.",  # a clock time keeps its own reading
        "Cô ấy mua 3 cân rưỡi gạo.",  # no unit of time or scale before it: left as it was
    ],
)
def test_a_half_elsewhere_changes_no_amount_of_time(text: str) -> None:
    assert all(f[2] not in ("hour", "year") or f[1] == int(f[1]) for f in figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xã được lắp máy biến áp 400 kVA.", [("400 kVA", 400.0, "kVA")]),
        ("Tổng công suất đặt là 2.500MVA.", [("2.500MVA", 2500.0, "MVA")]),
        ("Máy phát 15 KVA đủ cho cả xưởng.", [("15 KVA", 15.0, "kVA")]),
    ],
)
def test_apparent_power_is_in_kva_or_mva(text: str, expected: list[object]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy chế tạo máy biến áp 220kV đầu tiên.",  # a transformer's voltage class
        "Ngành điện thay MBA 110 kV bị cháy.",
    ],
)
def test_a_transformers_voltage_class_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Bà dậy từ 4 rưỡi sáng để nấu cơm.", "T04:30"),
        ("Phiên chợ tan vào 5 rưỡi chiều.", "T17:30"),
    ],
)
def test_a_bare_hour_and_a_half_before_a_part_of_the_day_is_a_time(text: str, iso: str) -> None:
    found = analyze(text).figures
    assert [(f.category, f.date) for f in found] == [("date", iso)]
    assert found[0].text.endswith("rưỡi")
