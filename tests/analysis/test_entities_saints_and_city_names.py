""" "St." inside a body's name, and a body named by its city that leaves the city a place
alone. Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviated "Saint" does not end the name of the body
        (
            "Bà là giảng viên Đại học Y khoa St. Mark (Manila) từ năm ngoái.",
            {("ORG", "Đại học Y khoa St. Mark"), ("LOC", "Manila")},
        ),
        ("Cô được đưa tới Bệnh viện St. Anne sau vụ tai nạn.", {("ORG", "Bệnh viện St. Anne")}),
        # a city the mined names hold as a place stays a place alone after a body named by it
        (
            "Ông sinh ra ở Indianapolis. Sau đó ông làm ở Bệnh viện Vincent Indianapolis.",
            {("LOC", "Indianapolis"), ("ORG", "Bệnh viện Vincent Indianapolis")},
        ),
    ],
)
def test_saints_and_city_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_firm_named_with_its_head_still_names_it_alone() -> None:
    found = spans("Cổ phiếu của Zentrova tăng. Công ty Zentrova cho biết sẽ chia cổ tức.")
    assert ("ORG", "Zentrova") in found
