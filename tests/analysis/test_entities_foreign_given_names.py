"""A foreign person named in full with no title before the name, whose given name is spelt
like an unmarked Vietnamese syllable ("Ryan", "Sean", "Leon", "Xiao": ``first_names.txt``),
is a person like "Gennady Bezdetko" ("Ryan Holloway", "Sean Whitaker"); a Vietnamese syllable
after the given name keeps it apart, and so does a Vietnamese word such as "Long" or "Kim"
(issue 9: two-word foreign names with no title before them). Made-up names and sentences,
none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đội bóng rất lo ngại sự nguy hiểm của Ryan Holloway ở cánh trái.", "Ryan Holloway"),
        ("Theo Sean Whitaker, chuyên gia kinh tế, giá dầu sẽ giảm.", "Sean Whitaker"),
        ("Lần này, tóc của Roy Pemberton bị cháy sém.", "Roy Pemberton"),
        ("Đội hình xuất phát có Xiao Tianming, Li Wenbo và Gao Ren.", "Xiao Tianming"),
    ],
)
def test_a_foreign_full_name_with_such_a_given_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


def test_a_vietnamese_word_after_it_is_no_foreign_name() -> None:
    assert "Roy Long" not in people("Chiếc xe của Roy Long Biên bị hỏng.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jessica Phạm là thí sinh gốc Việt duy nhất.", "Jessica Phạm"),
        ("Monica Lê và các bạn đã về nước.", "Monica Lê"),
    ],
)
def test_a_foreign_given_name_and_a_vietnamese_surname_are_a_person(text: str, person: str) -> None:
    assert ("PER", person) in {(e.label, e.text) for e in analyze(text).entities}
