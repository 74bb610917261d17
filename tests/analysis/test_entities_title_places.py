"""A known place whose first word is a form of address ("Bà Rịa - Vũng Tàu", "Anh quốc") is
the place, also where a capital "Bà", "Anh" could start a person's name (after a bracket, at a
sentence's start). Made-up sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Tôm hùm nuôi ở Long Hải (Bà Rịa - Vũng Tàu) được giá.",
        {("LOC", "Long Hải"), ("LOC", "Bà Rịa - Vũng Tàu")},
    ),
    ("Bà Rịa-Vũng Tàu dẫn đầu về thu ngân sách.", {("LOC", "Bà Rịa-Vũng Tàu")}),
    (
        "Họ gặp nhau ở Manchester (Anh quốc) năm ngoái.",
        {("LOC", "Manchester"), ("LOC", "Anh quốc")},
    ),
    # a form of address before a name that is no known place stays a person
    ("Bà Lụa (Bến Tre) cho biết giá dừa giảm.", {("PER", "Lụa"), ("LOC", "Bến Tre")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_starting_with_a_form_of_address(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
