"""A foreign name after a military exercise's word or a kind of civilian or patrol vessel is
the exercise's or the vessel's name, MISC, not a person (guideline rules 17, 67): "cuộc tập
trận Trident Juncture", "tập trận chung Max Thunder", "tàu du lịch Celebrity Millennium",
"tàu hàng Ever Given", "tàu hộ vệ Helge Ingstad". A person after the exercise's word, with
a title, stays a person. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cuộc tập trận Coral Harbor của liên quân bắt đầu hôm qua.", "Coral Harbor"),
        ("Mỹ và Hàn Quốc tổ chức tập trận chung Silver Thunder.", "Silver Thunder"),
        ("Hàng trăm khách bị ngộ độc trên tàu du lịch Celeste Harmony.", "Celeste Harmony"),
        ("Tàu hàng Ever Bright mắc cạn trên kênh đào.", "Ever Bright"),
        ("Tàu hộ vệ Helge Olsen bị đâm thủng thân.", "Helge Olsen"),
    ],
)
def test_an_exercise_or_vessel_is_no_person(text: str, name: str) -> None:
    found = labelled(text)
    assert (name, "MISC") in found and (name, "PER") not in found


def test_a_person_at_an_exercise_stays_a_person() -> None:
    found = labelled("Cuộc tập trận có sự tham gia của Tổng thống Vladimir Putin.")
    assert ("Vladimir Putin", "PER") in found
