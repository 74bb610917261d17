"""A party's member named right after the party's name translated into Vietnamese is a person
of their own: "ứng viên đảng Dân chủ Maria Hollen", "phó lãnh đạo Đảng Dân chủ Somchai
Wongsakul" are the party and the person (were one organisation), with no title needed before
the party. A party's own foreign name stays whole. Made-up sentences (none is a sentence of a
benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cuộc tranh luận với ứng viên đảng Dân chủ Maria Hollen diễn ra tối qua.",
            [("Dân chủ", "ORG"), ("Maria Hollen", "PER")],
        ),
        (
            "Phản ứng trước việc này, phó lãnh đạo Đảng Dân chủ Somchai Wongsakul phát biểu.",
            [("Đảng Dân chủ", "ORG"), ("Somchai Wongsakul", "PER")],
        ),
        (
            "Chiến lược gia đảng Cộng hòa Peter Halvorsen nhận xét như vậy.",
            [("Cộng hòa", "ORG"), ("Peter Halvorsen", "PER")],
        ),
    ],
)
def test_a_member_after_the_party_is_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert entities(text) == expected


def test_a_party_named_in_its_own_language_stays_whole() -> None:
    assert ("Đảng Likud", "ORG") in entities("Đảng Likud giành 32 ghế trong cuộc bầu cử.")
