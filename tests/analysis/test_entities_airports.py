"""Airports: a head written with capitals is part of the name ("Cảng Hàng không Quốc tế Cần
Thơ"), a lower-case one is not, nor one capitalised only to open a sentence, but a
capitalised "Quốc tế" after it is ("Sân bay Quốc tế Đà Nẵng" → "Quốc tế Đà Nẵng"). Also the
Indo-Pacific and the former state's name in lower case are places of their own.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "airport"),
    [
        (
            "Năm tới, Cảng Hàng không Quốc tế Phú Bài đón thêm khách.",
            "Cảng Hàng không Quốc tế Phú Bài",
        ),
        ("Sân bay Quốc tế Cam Ranh đông khách dịp lễ.", "Quốc tế Cam Ranh"),
        ("Đoàn khách đến sân bay Quốc tế Cam Ranh lúc 9 giờ.", "Quốc tế Cam Ranh"),
        ("Máy bay hạ cánh xuống cảng hàng không quốc tế Nội Bài.", "Nội Bài"),
        ("Chuyến bay đáp xuống cảng hàng không Phù Cát an toàn.", "Phù Cát"),
        ("Sân bay Phù Cát đóng cửa vì bão.", "Phù Cát"),
    ],
)
def test_an_airport_is_one_place(text: str, airport: str) -> None:
    assert found(text) == [(airport, "LOC")]


def test_an_airport_without_a_name_is_nothing() -> None:
    assert found("Kiểm tra thân nhiệt tại các cảng hàng không, sân bay.") == []


def test_the_airports_corporation_stays_an_organisation() -> None:
    text = "Tổng công ty Cảng hàng không Việt Nam vừa công bố kết quả."
    assert found(text) == [("Tổng công ty Cảng hàng không Việt Nam", "ORG")]


@pytest.mark.parametrize(
    ("text", "place", "key"),
    [
        (
            "Hai nước bàn về Ấn Độ - Thái Bình Dương rộng mở.",
            "Ấn Độ - Thái Bình Dương",
            "LOC:an do duong-thai binh duong",
        ),
        (
            "Tàu chiến tuần tra ở Ấn Độ-Thái Bình Dương.",
            "Ấn Độ-Thái Bình Dương",
            "LOC:an do duong-thai binh duong",
        ),
        (
            "Ngày ra đời của nước Việt Nam dân chủ cộng hòa.",
            "Việt Nam dân chủ cộng hòa",
            "LOC:viet nam",
        ),
    ],
)
def test_named_regions_and_states_are_one_place(text: str, place: str, key: str) -> None:
    (entity,) = analyze(text).entities
    assert (entity.text, entity.label, entity.key) == (place, "LOC", key)


def test_two_countries_joined_by_a_dash_stay_two() -> None:
    assert found("Quan hệ Ấn Độ - Thái Lan phát triển.") == [("Ấn Độ", "LOC"), ("Thái Lan", "LOC")]
