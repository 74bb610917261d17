"""Chambers and parties named alone (GUIDELINE rules 3, 81): "Thượng viện", "Hạ viện" name
the chamber by themselves; "Dân chủ", "Cộng hòa" name a party after the words for its people
or views. Made-up sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a chamber alone, or with its country
    (
        "Dự luật đã qua Hạ viện nhưng bị Thượng viện bác.",
        {("ORG", "Hạ viện"), ("ORG", "Thượng viện")},
    ),
    ("Cuộc bầu cử Thượng viện năm nay rất sít sao.", {("ORG", "Thượng viện")}),
    ("Thượng viện Mỹ họp phiên bất thường.", {("ORG", "Thượng viện Mỹ")}),
    # a chamber's head: the chamber, then the person
    (
        "Chủ tịch Hạ viện Peter Walsh phát biểu.",
        {("ORG", "Hạ viện"), ("PER", "Peter Walsh")},
    ),
    # a party after its people, its side or its views; two joined by "và"
    ("Các đảng viên Dân chủ phản đối dự luật.", {("ORG", "Dân chủ")}),
    ("Cử tri ủng hộ phe Cộng hòa tăng mạnh.", {("ORG", "Cộng hòa")}),
    (
        "Đó là xung đột giữa hai quan điểm Bảo thủ và Dân chủ.",
        {("ORG", "Bảo thủ"), ("ORG", "Dân chủ")},
    ),
    (
        "Ứng viên Cộng hòa John Miller thắng ở bang Ohio.",
        {("ORG", "Cộng hòa"), ("PER", "John Miller"), ("LOC", "Ohio")},
    ),
    # the same words as ordinary words or inside another name
    ("Nền dân chủ và pháp quyền được đề cao.", set()),
    ("Cộng hòa Séc giành huy chương vàng.", {("LOC", "Cộng hòa Séc")}),
    ("Cuộc bầu cử Dân chủ đầu tiên diễn ra năm ngoái.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_chambers_and_parties(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
