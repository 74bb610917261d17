"""A Vietnamese name whose middle syllable is also the head of a body ("Trường" school, "Khoa"
department, "Hội", "Sở", "Bộ") is one person, not a surname and an organisation: "Nguyễn
Trường Nhân", "Đinh Khoa Toàn" (GUIDELINE rule 1); a school named after a person, a deputy
before a board ("Phó Ban …") and a street stay what they are (made-up sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Ông Nguyễn Trường Phúc, Chi cục trưởng, cho biết.", {("PER", "Nguyễn Trường Phúc")}),
    ("Bí thư Lê Trường Khang biểu dương các chốt.", {("PER", "Lê Trường Khang")}),
    ("Anh Trần Trường Minh Quân (30 tuổi) bị thương.", {("PER", "Trần Trường Minh Quân")}),
    ("Ông Đỗ Khoa Bình, chủ tịch UBND huyện, phát biểu.", {("PER", "Đỗ Khoa Bình")}),
    ("PGS-TS Phan Hội Thịnh trình bày báo cáo.", {("PER", "Phan Hội Thịnh")}),
    # the school and the street
    ("Em Lan học Trường Lê Quý Đôn.", {("PER", "Lan"), ("ORG", "Trường Lê Quý Đôn")}),
    ("Xe chạy dọc phố Nguyễn Trường Tộ.", {("LOC", "Nguyễn Trường Tộ")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_head_inside_a_name_is_a_middle_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_deputy_before_a_board_is_no_person_named_after_it() -> None:
    found = spans("Ông Hà, Phó Ban Dân vận Tỉnh ủy, cho hay.")
    assert ("ORG", "Ban Dân vận Tỉnh ủy") in found
    assert not any(text.startswith("Phó Ban") for _, text in found)
