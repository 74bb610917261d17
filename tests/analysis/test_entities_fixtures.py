"""Clubs paired in fixtures and results (issue 9): the side facing a club across a dash or a
score is a club, whole ("Rapid Vienna" gave the place "Vienna"); a national team stays its
country, a player stays a person, and a firm's branch and its city are no match. Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    # a score shows the match, whatever the text is about
    (
        "Kết quả: Chelsea 3-1 Lokomotiv Moscow; Dynamo Kiev 1-1 Real Madrid.",
        {
            ("Chelsea", "ORG"),
            ("Lokomotiv Moscow", "ORG"),
            ("Dynamo Kiev", "ORG"),
            ("Real Madrid", "ORG"),
        },
    ),
    # a dash in a sports text
    (
        "Lượt về vòng bảng, tiền đạo này vắng mặt ở trận Arsenal - Sparta Prague.",
        {("Arsenal", "ORG"), ("Sparta Prague", "ORG")},
    ),
    (
        "HLV Lê Văn Tú cho biết trận HAGL - Bình Định sẽ rất khó khăn.",
        {("Lê Văn Tú", "PER"), ("HAGL", "ORG"), ("Bình Định", "ORG")},
    ),
    # a national team stays its country
    (
        "Trận giao hữu Arsenal - Việt Nam thu hút nhiều cầu thủ trẻ.",
        {("Arsenal", "ORG"), ("Việt Nam", "LOC")},
    ),
    # a player and his club
    (
        "Cầu thủ ghi bàn nhiều nhất: Ngô Văn Lực - SLNA.",
        {("Ngô Văn Lực", "PER"), ("SLNA", "ORG")},
    ),
    # a firm's branch and its city: no match
    (
        "Tại Trung tâm đào tạo FPT Aptech - Hà Nội, số học viên tăng.",
        {("Trung tâm đào tạo FPT Aptech", "ORG"), ("Hà Nội", "LOC")},
    ),
    # acronyms joined by a hyphen are no sides
    ("Bộ GD-ĐT và ngành KH-CN cùng làm việc.", {("Bộ GD-ĐT", "ORG")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_side_facing_a_club_is_a_club(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected
