"""Names after "tại" / "ở" (GUIDELINE rules 15, 38): a name of two or three syllables that
looks like a person's stands for a place there ("tại Hà Khẩu", "ở Trần Hưng Đạo", a street),
a kind of LOC error seen on the real-news development sets and in unlabelled news. Made-up
sentences.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Hội chợ diễn ra tại Hà Khẩu vào tháng 11.", {("LOC", "Hà Khẩu")}),
    ("Cửa hàng mới mở ở Phan Đình Phùng.", {("LOC", "Phan Đình Phùng")}),
    ("Đoàn dừng chân tại Phan Rang một đêm.", {("LOC", "Phan Rang")}),
    # "hiện tại" is "now", and a person who speaks after "tại" is still a person
    ("Hiện tại, Lý Nhã Kỳ vẫn độc thân.", {("PER", "Lý Nhã Kỳ")}),
    ("Phát biểu tại hội nghị, Trần Văn Thọ cho biết.", {("PER", "Trần Văn Thọ")}),
    # a former province
    ("Hà Tây: Nông dân được mùa", {("LOC", "Hà Tây")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_after_tai_are_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# crossroads, bus stations, parks and hotels name a place after them (rules 15, 38, 67), even
# when the name is a person's ("ngã ba Hùng Vương")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Họ gặp nhau ở ngã ba Trần Phú.", {("LOC", "Trần Phú")}),
        ("Xe về đến bến xe Nước Ngầm lúc 5 giờ.", {("LOC", "Nước Ngầm")}),
        ("Ùn tắc kéo dài ở nút giao Phạm Hùng.", {("LOC", "Phạm Hùng")}),
        ("Đoàn nghỉ ở khách sạn Majestic.", {("LOC", "Majestic")}),
    ],
)
def test_places_after_place_nouns(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# the UN Security Council written with a lower-case "bảo an" or "LHQ" is the same body
@pytest.mark.parametrize(
    "text", ["Nga đưa vấn đề ra Hội đồng bảo an.", "Nga đưa vấn đề ra Hội đồng Bảo an LHQ."]
)
def test_security_council_spellings(text: str) -> None:
    found = [(e.label, e.text) for e in analyze(text).entities]
    assert found[-1][0] == "ORG"
    assert found[-1][1].startswith("Hội đồng")
