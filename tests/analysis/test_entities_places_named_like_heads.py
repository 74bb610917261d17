"""A place named after a lower-case place word is a place even when its name starts with a
word that heads organisations: "đường Trường Chinh", "cầu Trường Tiền", "thôn Trường Long",
"phường Đội Cung" (GUIDELINE rule 38: the lower-case place word is left out); "bà xã" (wife)
and "đông đảo" (many) end common words and name no place (made-up sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Xe tải lật trên đường Trường Chinh sáng nay.", {("LOC", "Trường Chinh")}),
    ("Du khách chụp ảnh trên cầu Trường Tiền.", {("LOC", "Trường Tiền")}),
    ("Ông trú thôn Trường An, xã Phú Lộc.", {("LOC", "Trường An"), ("LOC", "Phú Lộc")}),
    ("Nhà bà ở phường Đội Cung, thành phố Vinh.", {("LOC", "Đội Cung"), ("LOC", "Vinh")}),
    # a school after a sentence word is still a school
    ("Em Lan học ở Trường Lê Lợi.", {("PER", "Lan"), ("ORG", "Trường Lê Lợi")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_place_word_names_the_place_after_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_common_word_ending_in_a_place_word_names_no_place() -> None:
    found = spans("Đông đảo Ban Giám đốc và nhân viên đã dự lễ.")
    assert not any(label == "LOC" for label, _ in found)
