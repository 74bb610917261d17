"""A guesthouse before its name is a place like a hotel ("nhà nghỉ Hoa Lan", guideline rule
67), a clinic and a coach firm before theirs are bodies ("phòng khám Đại Phong", "nhà xe
Khánh Bình"), even where the name reads as a person's. Made-up sentences (none is a sentence
of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai người thuê phòng tại nhà nghỉ Hoa Lan ở thị trấn.", ("Hoa Lan", "LOC")),
        ("Sở Y tế yêu cầu phòng khám Đại Phong ngưng hoạt động.", ("Đại Phong", "ORG")),
        ("Xe khách của nhà xe Khánh Bình lao xuống vực.", ("Khánh Bình", "ORG")),
        ("Hai nhà xe Trung Hiếu và Bảo Ngân tranh giành khách.", ("Bảo Ngân", "ORG")),
    ],
)
def test_a_venue_or_firm_named_after_its_kind(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(e.text, e.label) for e in analyze(text).entities]
