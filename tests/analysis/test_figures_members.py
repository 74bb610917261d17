"""Members counted are people (``person``: "7 thành viên Chính phủ", "gia đình 4 thành viên"),
except near a bloc of states, whose members are countries (``item``: "EU kết nạp thêm 10
thành viên mới", "từ 15 lên 25 thành viên"): a bloc in the members' clause, not in the next
clause ("…, trong khi EU …") nor an acronym that begins a name ("ASEAN Awards")."""

from __future__ import annotations

from vnreader.analysis import analyze


def units(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_members_are_people() -> None:
    assert units("Hội đồng quản trị có 5 thành viên.") == [("5 thành viên", "person")]
    assert units("Cả 6 thành viên ban nhạc đã có mặt.") == [("6 thành viên", "person")]


def test_members_of_a_bloc_of_states_are_items() -> None:
    assert units("Sắp tới ASEAN có 11 thành viên.") == [("11 thành viên", "item")]
    found = units("Khối euro mở rộng từ 12 lên 15 thành viên.")
    assert found == [("12", "item"), ("15 thành viên", "item")]


def test_a_bloc_further_on_or_in_a_name_leaves_people() -> None:
    assert units("Câu lạc bộ có 40 thành viên, còn NATO thì họp hôm qua.") == [
        ("40 thành viên", "person")
    ]
    assert units("Hội đồng APEC Business gồm 3 thành viên Nhật Bản.") == [
        ("3 thành viên", "person")
    ]


def test_a_bloc_right_after_the_members() -> None:
    assert units("Đã có 20 thành viên WTO phê chuẩn.") == [("20 thành viên", "item")]
    assert units("Cả 5 thành viên mới của NATO đều dự.") == [("5 thành viên", "item")]
    assert units("Cả 9 thành viên thường trực còn lại của HĐBA đều dự.") == [
        ("9 thành viên", "item")
    ]
