"""Generals named by their rank alone, the State Counsellor and craftsmen (issue 9): "Tướng
Khin Nyunt", "tướng Musharraf", "Cố vấn Nhà nước Aung San Suu Kyi", "nghệ nhân Cường" are
people, the title left out (they were missed, or an organisation "Nhà nước Aung San Suu
Kyi"); a "Tướng" that ends a name is no title ("Đặng Đình Tướng"). Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Truyền hình cho biết, Tướng Than Shwe đã rời khỏi thủ đô.", "Than Shwe"),
        ("Phát biểu tại hội nghị, tướng Petraeus cảnh báo nguy cơ xung đột.", "Petraeus"),
        ("Các bên kêu gọi trả tự do cho Cố vấn Nhà nước Aung San Suu Kyi.", "Aung San Suu Kyi"),
        ("Tại làng gốm, nghệ nhân Tâm vẫn miệt mài bên bàn xoay.", "Tâm"),
    ],
)
def test_a_rank_or_a_craft_announces_a_person(text: str, person: str) -> None:
    found = labelled(text)
    assert (person, "PER") in found
    assert not any(name.startswith(("Tướng", "Nhà nước")) for name, _ in found)


def test_a_name_ending_with_the_word_keeps_it() -> None:
    text = "Danh sách gồm Lê Văn Hải, Đặng Đình Tướng và Phạm Văn Tư."
    assert ("Đặng Đình Tướng", "PER") in labelled(text)
