"""After a kinship or address word ("anh", "chị", "ông", "bà", "em"…) a name that is also a
known firm's, written like a person's names, is the person: "anh Bảo Việt" is a man, not the
insurer. Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Anh Bảo Việt cho biết cả nhà đã chuyển về quê.", "Bảo Việt"),
        ("Theo chị Đất Xanh, mùa này lúa được giá.", "Đất Xanh"),
        ("Em Bảo Việt năm nay học lớp 9.", "Bảo Việt"),
        ("Ông Tân Hoàng Minh đã nghỉ hưu từ năm ngoái.", "Tân Hoàng Minh"),
    ],
)
def test_an_address_word_makes_a_firm_named_like_a_person_a_person(text: str, person: str) -> None:
    assert found(text) == [(person, "PER")]


def test_the_firm_stays_where_no_address_word_names_it() -> None:
    assert found("Chị Lan, nhân viên Bảo Việt, cho biết hồ sơ đã đủ.") == [
        ("Lan", "PER"),
        ("Bảo Việt", "ORG"),
    ]


def test_a_noun_ending_in_a_kinship_word_addresses_nobody() -> None:
    assert found("Quỹ hỗ trợ trẻ em Liên Hợp Quốc vừa công bố báo cáo.") == [
        ("Liên Hợp Quốc", "ORG")
    ]
