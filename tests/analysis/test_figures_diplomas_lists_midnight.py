"""Diplomas counted by "bằng", what "cấp" grants, items numbered "1)" inside a sentence, clock
times at midnight, and the classes of power lines and engines ("đường dây 500 kV", "động cơ 4
thì") that are no figures (issue 9; guideline rules 75, 84, 85, 109). Made-up sentences, none
from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.date) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trường đã cấp 52 bằng thạc sĩ.", [("52 bằng", 52.0, "item", None)]),
        ("Có 1.150 bằng phó tiến sĩ được công nhận.", [("1.150 bằng", 1150.0, "item", None)]),
        ("Chị có 2 bằng đại học.", [("2 bằng", 2.0, "item", None)]),
        ("Sở đã cấp 470 giấy phép xây dựng.", [("470 giấy phép", 470.0, "item", None)]),
        ("Huyện cấp 15 giấy chứng nhận.", [("15 giấy chứng nhận", 15.0, "item", None)]),
    ],
)
def test_diplomas_and_what_is_granted_are_counted(text: str, expected: list[object]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Em học trường cấp 3 ở quê.",  # a level of school
        "Bão mạnh cấp 11, giật cấp 13.",  # a storm's strength
        "Tỷ số là 2 bằng nhau.",  # "bằng" is no diploma
    ],
)
def test_levels_and_equals_are_no_counts(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "item"] == []


def test_items_numbered_inside_a_sentence_are_no_figures() -> None:
    text = "Các lỗi bị phạt gồm: 1) Chạy quá tốc độ; 2) Vượt đèn đỏ; 3) Không đội mũ."
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Đúng 12 giờ 5 phút đêm giao thừa, pháo hoa bắn lên.", "T00:05"),
        ("Lúc 12 giờ đêm, trời đổ mưa.", "T00:00"),
        ("Khoảng 12 giờ khuya, anh mới về.", "T00:00"),
        ("Khoảng 11 giờ khuya, anh mới về.", "T23:00"),
        ("Đến 12 giờ trưa, trời tạnh.", "T12:00"),
    ],
)
def test_midnight_is_hour_zero(text: str, iso: str) -> None:
    assert [f[3] for f in figures(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty kéo đường dây 500 kV qua ba tỉnh.",  # a power line's voltage class
        "Tỉnh xây thêm trạm biến áp 110 kV.",  # a substation's
        "Xe dùng động cơ 4 thì, dung tích nhỏ.",  # an engine's strokes
        "Mẫu xe có động cơ 2 kỳ.",
        "Gió quật đổ cột điện cao thế 500kV.",  # the classes of poles, cables, grids
        "Tuyến cáp ngầm 22 kV vượt biển.",
        "Công ty lắp TBA 500/220 kV mới.",
        "Đường dây 220 - 500kV đi qua tỉnh.",
    ],
)
def test_classes_of_lines_and_engines_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "volts"),
    [
        ("Điện áp tăng vọt lên 35 kV.", "35 kV"),
        ("Trạm dùng cấp điện áp 220 kV.", "220 kV"),  # the voltage itself
        ("Lưới cao áp (trên 35 kV) bị cắt.", "35 kV"),
    ],
)
def test_a_voltage_measured_is_in_kilovolts(text: str, volts: str) -> None:
    assert [(f[0], f[2]) for f in figures(text)] == [(volts, "kV")]


@pytest.mark.parametrize(
    "text",
    [
        "Hãng mua 500 xe khách cao cấp 45 chỗ ngồi.",  # a luxury class, then seats
        "Bà là dược sĩ chuyên khoa cấp 2 chuyên ngành dược lý.",  # a specialist's level
        "Trường đã cấp 3.000 bằng Đại học Bách khoa năm ngoái.",  # a university, no degree
    ],
)
def test_levels_and_universities_are_no_diplomas_granted(text: str) -> None:
    assert [f for f in figures(text) if f[2] == "item"] == []


def test_items_numbered_after_a_full_stop_or_in_lower_case_are_no_figures() -> None:
    assert figures("Các bước: 1) ra khỏi nhà. 2) gọi cứu hộ. 3) Chờ ở nơi an toàn.") == []


def test_half_past_midnight() -> None:
    assert [f[3] for f in figures("Lúc 12 giờ rưỡi đêm, anh mới về.")] == ["T00:30"]
