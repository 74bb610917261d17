"""Surnames written in camel case after a particle ("McCain", "ElBaradei", "DiCaprio") are
people after a person's title and wherever real news names them as people, not firms'
trade names like "PetroVietnam" (issue 9); a firm after its officer's title stays a firm
("phó chủ tịch McDonald"). A one-word name known as a firm is a person right after "ông" or
"bà" ("ông Bloomberg"). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Thượng nghị sĩ McAllan phát biểu tại phiên họp.", "McAllan"),
        ("Võ sĩ McTavish thua ở hiệp hai.", "McTavish"),
        ("Ông ElGhazali cho biết cơ quan sẽ thanh sát.", "ElGhazali"),
        ("Tài tử DiMarco đóng vai chính.", "DiMarco"),
        ("McCain nói rằng ông sẽ không tranh cử nữa.", "McCain"),
        ("Ông Bloomberg đã chi 500 triệu USD cho chiến dịch.", "Bloomberg"),
    ],
)
def test_a_camel_case_surname_is_a_person(text: str, person: str) -> None:
    assert (person, "PER") in labelled(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ông Gary Rosen, phó chủ tịch McDonald, cho biết như vậy.", "McDonald"),
        ("Hãng PetroVietnam vừa công bố lợi nhuận.", "PetroVietnam"),
        ("Kết quả tìm kiếm trên công cụ Google rất nhiều.", "Google"),
    ],
)
def test_a_firm_stays_a_firm(text: str, firm: str) -> None:
    assert (firm, "ORG") in labelled(text)
