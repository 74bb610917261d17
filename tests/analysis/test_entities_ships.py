"""A ship's or a spacecraft's foreign name right after "tàu", "thuyền" or "hạm" is the
vessel, MISC (guideline rules 17 and 67), not a person (issue 9); made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Sáng nay, tàu Ocean Pearl cập cảng Tiên Sa.", {("MISC", "Ocean Pearl"), ("LOC", "Tiên Sa")}),
    ("Con tàu Titanic chìm năm 1912.", {("MISC", "Titanic")}),
    ("Du thuyền Silver Wind đưa 400 khách tới.", {("MISC", "Silver Wind")}),
    ("Thuyền viên tàu Royal 16 bị bắt cóc.", {("MISC", "Royal 16")}),
    # a country's ships, a train's or a hull's code, the ship's owner: no ship's name
    ("Tàu Philippines bị tàu Trung Quốc chặn.", {("LOC", "Philippines"), ("LOC", "Trung Quốc")}),
    ("Vụ lật tàu SE1 làm nhiều người bị thương.", set()),
    ("Gia đình chủ tàu Wilson đón khách.", {("PER", "Wilson")}),
    ("Tàu chở Obama cập cảng.", {("PER", "Obama")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_ships_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
