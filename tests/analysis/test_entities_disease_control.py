"""A province's centre for disease control written short is one organisation with its place
("CDC Hà Nam", "CDC TP Đà Nẵng"), as a body written with its head and place is ("Sở Y tế Hà
Nam"); "CDC" alone is one too, and a list of bodies joined by "và" stays a list. Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiện CDC Bắc Giang đang lấy mẫu các trường hợp F1.", {("ORG", "CDC Bắc Giang")}),
        ("Mẫu bệnh phẩm đã được CDC TP Cần Thơ xét nghiệm.", {("ORG", "CDC TP Cần Thơ")}),
        (
            "Văn bản được gửi Sở Y tế và CDC Hải Phòng ngay trong ngày.",
            {("ORG", "Sở Y tế"), ("ORG", "CDC Hải Phòng")},
        ),
        ("Theo CDC, vắc xin vẫn an toàn với người cao tuổi.", {("ORG", "CDC")}),
    ],
)
def test_a_centre_for_disease_control(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
