"""A foreign word no list knows that opens a list whose next name is an organisation is an
organisation too ("tin dùng Dolmira, Garmin hoặc Sony"), like the names listed after one;
not the end of a longer name ("University of Manchester, Cardiff"). Made-up sentences and
names, never test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Người chạy bộ tin dùng Dolmira, Garmin hoặc Sony.",
            {("ORG", "Dolmira"), ("ORG", "Garmin"), ("ORG", "Sony")},
        ),
        # a name real news gives a person stays a person
        (
            "Trong khi Hermann, Samsung và Sony vẫn im lặng.",
            {("PER", "Hermann"), ("ORG", "Samsung"), ("ORG", "Sony")},
        ),
    ],
)
def test_the_first_name_of_a_list_of_firms(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
