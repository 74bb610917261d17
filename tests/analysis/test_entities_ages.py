"""People introduced by their age or year of birth right after the name, between commas or
in brackets (issue 9; guideline rule 7): a name the rules leave unlabelled or take for an
unknown organisation, or a Vietnamese full name taken for a place in a list, is a person
there. Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wen Liqiang, 34 tuổi, là một thợ may ở Quảng Châu.", {"Wen Liqiang"}),
        ("Theo Nowicki, 52 tuổi, giá bánh mì đã tăng gấp đôi.", {"Nowicki"}),
        ("Cảnh sát đã bắt Okafor (27 tuổi) cùng đồng phạm.", {"Okafor"}),
        # a full name taken for a place in a list of places, then its year of birth
        (
            "Hai đối tượng trú tại xã Tân Phú và Lò Văn Sáng (SN 1990) đã bị bắt.",
            {"Lò Văn Sáng"},
        ),
        # the sentence's first word is no part of the name
        ("Ngoài Khải (sinh năm 1988, thợ hàn) còn hai người nữa.", {"Khải"}),
        # a given name the rules left after the rest of the name is that name's last word
        ("Nghi phạm Lê Văn Để (22 tuổi) đã bị bắt.", {"Lê Văn Để"}),
    ],
)
def test_a_name_before_its_age_is_a_person(text: str, expected: set[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thành phố Huế, 700 tuổi, vẫn giữ nét cổ kính.", "Huế"),
        ("- Bà sinh năm nào? - Dạ, 80 tuổi rồi.", "Dạ"),
        ("Ông Thắng (dân tộc Tày, 31 tuổi) cho biết.", "Tày"),
        ("Người tuổi Dần, 44 tuổi, nên cẩn thận.", "Dần"),
        ("Bạn Minh (Nam, 19 tuổi, Hà Nội) hỏi.", "Nam"),
        # a ship, a band, a people's member
        ("Chiếc tàu Sao Biển, 30 tuổi, vẫn ra khơi.", "Sao Biển"),
        ("Ban nhạc Mặt Trời, 25 tuổi, tái hợp.", "Mặt Trời"),
        ("Một phụ nữ Ê Đê, 30 tuổi, cho biết.", "Ê Đê"),
    ],
)
def test_no_person_of_an_age(text: str, word: str) -> None:
    assert word not in people(text)
