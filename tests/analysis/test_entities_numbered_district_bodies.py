"""A body named by the district or ward it serves, when that is written with its number
right after the head ("Công an quận 12", "UBND phường 5", "TAND quận 4"), is one organisation;
a firm's or a generic head keeps the place apart. Made-up sentences (none is a sentence of a
benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Công an quận 7 đang làm rõ vụ trộm xe.", "Công an quận 7"),
        ("Bà Hoa đã đến Công an phường 11 trình báo.", "Công an phường 11"),
        ("Phó chủ tịch UBND phường 4 cho biết đã lập biên bản.", "UBND phường 4"),
        ("Hồ sơ đã được chuyển sang TAND quận 5 để xét xử.", "TAND quận 5"),
        ("Viện KSND quận 8 đã phê chuẩn quyết định.", "Viện KSND quận 8"),
        ("Ông là bí thư Quận ủy quận 10 từ năm ngoái.", "Quận ủy quận 10"),
        ("Chủ tịch HĐND quận 6 đã tiếp xúc cử tri.", "HĐND quận 6"),
    ],
)
def test_a_body_of_a_numbered_district_is_one_organisation(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_the_city_after_the_ward_stays_a_place() -> None:
    text = "Công an phường 2, quận Tân Bình đã mời hai người lên làm việc."
    assert found(text) == [("Công an phường 2", "ORG"), ("Tân Bình", "LOC")]


@pytest.mark.parametrize(
    "text",
    ["Lực lượng quận 1 đã ra quân dọn vỉa hè.", "Công ty quận 3 vừa bị phạt."],
)
def test_a_generic_or_firm_head_keeps_the_district_a_place(text: str) -> None:
    assert [label for _, label in found(text)] == ["LOC"]
