"""A foreign person named in full is named again by their given name alone (issue 9):
"Rosalind" after "Rosalind Fenner" is that person, with the same key, wherever the sentence
puts it; the given name of two people of the text is still a person. Not the prize after
"giải", and not a given name no full name of the text begins with. Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.model import Entity


def people(text: str) -> list[Entity]:
    return [e for e in analyze(text).entities if e.label == "PER"]


def test_the_given_name_alone_is_the_person_named_in_full() -> None:
    text = (
        "Nữ diễn viên Rosalind Fenner vừa kết hôn. Năm ngoái, chính Rosalind đã nói "
        "rằng cô không vội."
    )
    found = people(text)
    assert [e.text for e in found] == ["Rosalind Fenner", "Rosalind"]
    assert found[0].key == found[1].key


@pytest.mark.parametrize(
    "text",
    [
        "Ca sĩ Natalie Brook đã chia tay. Mối quan hệ giữa Natalie và bạn trai kéo dài.",
        "Diễn viên Brenda Kowal nổi tiếng. Trước Brenda, anh từng hẹn hò.",
    ],
)
def test_wherever_the_sentence_puts_it(text: str) -> None:
    assert [e.text for e in people(text)][-1] in text.split(". ")[1]
    assert len(people(text)) == 2


def test_a_given_name_two_people_share_is_still_a_person() -> None:
    text = (
        "Ca sĩ Natalie Brook gặp diễn viên Natalie Varga. Sau đó, Natalie nói rằng họ sẽ "
        "đóng chung."
    )
    found = people(text)
    assert [e.text for e in found] == ["Natalie Brook", "Natalie Varga", "Natalie"]
    assert found[2].key not in {found[0].key, found[1].key}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the prize, not the actor
        (
            "Nam diễn viên Oscar Lindqvist đóng vai chính. Bộ phim từng đoạt giải Oscar.",
            ["Oscar Lindqvist"],
        ),
        # no full name of the text begins with it
        ("Nhà hàng Natalie mở cửa từ sáng.", []),
    ],
)
def test_not_the_prize_nor_a_name_never_given_in_full(text: str, expected: list[str]) -> None:
    assert [e.text for e in people(text)] == expected


def test_the_given_name_said_twice_is_still_the_person_named_in_full() -> None:
    text = (
        "Nữ diễn viên Rosalind Fenner đến Hà Nội. Rosalind nói cô rất vui. Sau đó Rosalind đi Huế."
    )
    found = people(text)
    assert [e.text for e in found] == ["Rosalind Fenner", "Rosalind", "Rosalind"]
    assert len({e.key for e in found}) == 1
