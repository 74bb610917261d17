"""A bay, lake or sea written with a lower-case head leaves the head out, like "sông Hồng" →
"Hồng" (guideline rules 15, 38): "vịnh Hạ Long" → LOC "Hạ Long", "hồ Hoàn Kiếm" → "Hoàn
Kiếm", "biển Baltic" → "Baltic"; a capitalised head is part of the name ("Vịnh Hạ Long"), and
a body named after the bay keeps it ("Ban quản lý vịnh Hạ Long"). Made-up sentences (none is
a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mùa hè năm nay du khách đổ về vịnh Hạ Long rất đông.", "Hạ Long"),
        ("Chiều qua tôi đi dạo bên hồ Hoàn Kiếm.", "Hoàn Kiếm"),
        ("Hai tàu chiến đã đi vào biển Baltic sáng nay.", "Baltic"),
        ("Máy bay tuần tra trên biển Hoa Đông hôm qua.", "Hoa Đông"),
    ],
)
def test_a_lower_case_water_head_is_left_out(text: str, place: str) -> None:
    assert found(text) == [(place, "LOC")]


def test_a_capitalised_head_stays() -> None:
    assert found("Nhiều tàu du lịch neo ở Vịnh Hạ Long.") == [("Vịnh Hạ Long", "LOC")]


def test_a_body_named_after_the_bay_keeps_it() -> None:
    text = "Ban quản lý vịnh Hạ Long đã lập biên bản."
    assert found(text) == [("Ban quản lý vịnh Hạ Long", "ORG")]
