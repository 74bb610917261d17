"""The word "Thủ đô" (the capital), capitalised out of respect, is not part of the place's
name, like "thủ đô" in lower case (guideline rule 15): "Thủ đô Bangkok" → LOC "Bangkok";
"Thủ đô" alone names nothing, and "vùng Thủ đô" (the capital's region) is one place, like
"miền Bắc" (rule 40). Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn đại biểu đã tới Thủ đô Bangkok chiều qua.", "Bangkok"),
        ("Cuộc gặp diễn ra tại Thủ đô Hà Nội vào tháng sau.", "Hà Nội"),
        ("Hôm qua, Thủ đô Manila mưa lớn.", "Manila"),
        ("Nhiều cửa hàng ở Thủ đô Bratislava đóng cửa sớm.", "Bratislava"),
        ("Họ đi từ Praha - Thủ đô Cộng hòa Séc.", "Cộng hòa Séc"),
    ],
)
def test_the_capital_word_is_left_out(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)
    assert not any(name.startswith("Thủ") for name, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Người dân Thủ đô đón Tết trong mưa.",
        "Nhiều xe máy chạy trên đường phố Thủ đô.",
        "Anh ấy đã sống ở Thủ đô mười năm.",
    ],
)
def test_the_capital_word_alone_names_nothing(text: str) -> None:
    assert found(text) == []


def test_the_capitals_region_is_one_place() -> None:
    assert found("Đường vành đai 4 vùng Thủ đô sẽ đi qua ba tỉnh.") == [("vùng Thủ đô", "LOC")]
