""" "TP" ending a body's name before a person's full name: the city the text is about, left
unnamed, so the name after it is the person, not a city (guideline rule 88). Made-up
sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # "UBND TP" is a bare head (rule 11): the person only
    ("Phó Chủ tịch UBND TP Trần Văn Kiên đã ký quyết định.", {("PER", "Trần Văn Kiên")}),
    ("Chủ tịch HĐND TP Lê Thị Hoa phát biểu.", {("PER", "Lê Thị Hoa")}),
    # a department keeps "TP", the person comes after it
    (
        "Giám đốc Sở Tư pháp TP Ngô Văn Thành cho biết.",
        {("ORG", "Sở Tư pháp TP"), ("PER", "Ngô Văn Thành")},
    ),
    # a city after "TP" is still a city, and so is the one named after a person
    (
        "Phó Chủ tịch UBND TP Hà Nội Trần Văn Kiên cho biết.",
        {("ORG", "UBND TP Hà Nội"), ("PER", "Trần Văn Kiên")},
    ),
    ("Anh ở lại Tp Hồ Chí Minh làm việc.", {("LOC", "Tp Hồ Chí Minh")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_city_word_before_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
