"""Counted nouns of two or three syllables are taken whole (GUIDELINE rule 24): rooms of a
kind ("6 phòng học", "2 phòng họp", "4 phòng ngủ" → room), people named by a compound
("15 người mẫu", "3 người giúp việc", "4 người nhà", "3 thợ mỏ" → person) and things
("3 tầng hầm", "8 rạp chiếu phim"); "500 người dân" stays "500 người"."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_rooms_of_a_kind() -> None:
    assert found("Trường xây 6 phòng học và 2 phòng họp.") == [
        ("6 phòng học", "room"),
        ("2 phòng họp", "room"),
    ]


def test_people_named_by_a_compound() -> None:
    assert found("Có 15 người mẫu, 4 người nhà và 3 thợ mỏ.") == [
        ("15 người mẫu", "person"),
        ("4 người nhà", "person"),
        ("3 thợ mỏ", "person"),
    ]
    assert found("Hơn 500 người dân đến xem.") == [("500 người", "person")]


def test_things_named_by_a_compound() -> None:
    assert found("Tòa nhà có 3 tầng hầm, gần 8 rạp chiếu phim.") == [
        ("3 tầng hầm", "item"),
        ("8 rạp chiếu phim", "item"),
    ]
