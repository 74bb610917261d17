""" "số 1 của …" / "số 1 trong …" after a role is a rank, the first of a group (GUIDELINE rules 47,
86: "thương hiệu số 1", "ứng cử viên số 1"); the number of a unit, a place or a body stays a
label ("tổ máy số 1 của nhà máy", "bão số 1", "Trường số 1 của huyện")."""

from __future__ import annotations

from vnreader.analysis import analyze


def ranks(text: str) -> list[str]:
    return [f.text for f in analyze(text).figures if f.unit == "rank"]


def test_the_first_of_a_group_is_a_rank() -> None:
    assert ranks("Anh là thủ môn số 1 của đội tuyển và là lựa chọn số 1 trong mắt HLV.") == [
        "số 1",
        "số 1",
    ]


def test_numbered_units_and_bodies_stay_labels() -> None:
    assert ranks("Tổ máy số 1 của nhà máy dừng, cơn bão số 1 của năm đã tan.") == []
    assert ranks("Trường số 1 của huyện khai giảng.") == []
