"""A place written after an abbreviated head ("TP Hà Nội", "TP. Nha Trang", "Q. Bình
Thạnh") keeps the head in its span but groups with the name alone: its key is the name's.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def keys(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("abbreviated", "alone"),
    [
        ("Đoàn công tác đến TP Hà Nội hôm qua.", "Đoàn công tác đến Hà Nội hôm qua."),
        ("Lễ hội biển ở TP. Nha Trang rất đông.", "Lễ hội biển ở thành phố Nha Trang rất đông."),
        ("Giá nhà ở TP.Cần Thơ tăng.", "Giá nhà ở Cần Thơ tăng."),
        ("Cửa hàng ở Q. Bình Thạnh đóng cửa.", "Cửa hàng ở quận Bình Thạnh đóng cửa."),
    ],
)
def test_a_place_after_an_abbreviated_head_groups_with_its_name(
    abbreviated: str, alone: str
) -> None:
    (short,) = keys(abbreviated).values()
    (written,) = keys(alone).values()
    assert short == written


def test_a_district_named_by_its_number_keeps_its_number() -> None:
    found = keys("Nhà ở Q.1 và P.12 của thành phố.")
    assert found == {"Q.1": "LOC:quan 1", "P.12": "LOC:phuong 12"}


@pytest.mark.parametrize(
    ("abbreviated", "written"),
    [
        ("Cửa hàng ở 41 Lý Tự Trọng, Q.1, TP.HCM mở cửa.", "Q.1"),
        ("Văn phòng ở Q.3, TP.HCM chuyển đi.", "Q.3"),
        ("Chợ ở P.12 bị cháy.", "P.12"),
    ],
)
def test_a_numbered_district_or_ward_groups_with_its_name_written_out(
    abbreviated: str, written: str
) -> None:
    number = written.split(".")[-1].strip()
    unit = {"Q": "quận", "P": "phường"}[written[0]]
    assert keys(abbreviated)[written] == keys(f"Nhà ở {unit} {number} bị cháy.")[f"{unit} {number}"]
    assert keys("Nhà ở Q.1 và Q.10 bị cháy.")["Q.1"] != keys("Nhà ở Q.10 bị cháy.")["Q.10"]


def test_a_room_number_is_no_ward() -> None:
    assert keys("Địa chỉ: P.302, khách sạn Sao Mai, Huế.").get("P.302") != "LOC:phuong 302"
