"""A title right before "tại"/"ở" leaves the name after it to the place where the people
are ("các kỹ sư tại Noida", "bác sĩ ở Elizabethtown" were people "Noida", "Elizabethtown");
a title with its office's place before "tại" still names the person after the place.
Made-up sentences, none from a set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


AT = [
    # a title right before "tại"/"ở": the name after it is where the people are
    ("Các kỹ sư tại Brenlow đã thử nghiệm robot.", {("LOC", "Brenlow")}),
    ("Tổng thống và phu nhân tại Điện Varnelle.", {("LOC", "Điện Varnelle")}),
    # an office's place between the title and "tại" keeps the person after the place
    (
        "Đại sứ Palau tại Việt Nam Kerwin Dalby trình quốc thư.",
        {("LOC", "Palau"), ("LOC", "Việt Nam"), ("PER", "Kerwin Dalby")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AT)
def test_title_before_a_place_word(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
