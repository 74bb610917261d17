""" "quốc hội" in lower case after "Chủ tịch" is the chamber, like "Chủ tịch Quốc hội"
(guideline rule 83); with a country after it the sets disagree, and the country stays a place.
Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Dự họp có Thủ tướng và Chủ tịch quốc hội.", {("ORG", "quốc hội")}),
    ("Tân chủ tịch quốc hội Tran Kova nhậm chức.", {("ORG", "quốc hội"), ("PER", "Tran Kova")}),
    ("Chủ tịch quốc hội Hungary phát biểu.", {("LOC", "Hungary")}),
    ("Luật này do quốc hội thông qua.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_chamber(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the clause after a source is no second source
        ("Theo Bộ Y tế, Remdesivir chưa được cấp phép.", {("ORG", "Bộ Y tế")}),
        # a list of sources still is one
        (
            "Theo Reuters, AFP và CNN, vụ nổ xảy ra sáng nay.",
            {("ORG", "Reuters"), ("ORG", "AFP"), ("ORG", "CNN")},
        ),
    ],
)
def test_clause_after_a_source(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
