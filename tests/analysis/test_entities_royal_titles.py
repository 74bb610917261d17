"""Kings, emperors, their consorts and heirs are named after their title (GUIDELINE rule 1):
"vua Gia Long", "Hoàng thái hậu Monique", "công nương Kate", "phu nhân Silvia" were missed
or cut ("Hoàng Thái" a person); "Sir" and "Mullah" are titles too. Made-up sentences, none
from a set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Đền thờ vua Trần Minh Khải được trùng tu.", {("PER", "Trần Minh Khải")}),
    ("Vua Borvald lên ngôi năm 1901.", {("PER", "Borvald")}),
    ("Hoàng Thái hậu Elinora dự lễ cầu siêu.", {("PER", "Elinora")}),
    ("Thái hậu Elinora dự lễ cầu siêu.", {("PER", "Elinora")}),
    ("Hoàng hậu Elinora tiếp các sứ thần.", {("PER", "Elinora")}),
    ("Công nương Elinora sinh con thứ hai.", {("PER", "Elinora")}),
    ("Nhà vua Borvald và phu nhân Elinora tới thăm.", {("PER", "Borvald"), ("PER", "Elinora")}),
    ("Hoàng đế Borvald thua trận.", {("PER", "Borvald")}),
    # a country between the title and the name is a place
    ("Vua Thụy Điển Borvald tiếp đoàn.", {("LOC", "Thụy Điển"), ("PER", "Borvald")}),
    # the title with no name: nothing
    ("Phu nhân Thủ tướng dự lễ khai mạc.", set()),
    # a knight's and a cleric's titles stay out of the name
    ("Sir Borvald Hensley vẫn dẫn dắt đội bóng.", {("PER", "Borvald Hensley")}),
    ("Lực lượng này bảo vệ cho Mullah Kadeer suốt nhiều năm.", {("PER", "Kadeer")}),
    (
        "Ông Hensley, ông Borvald và Sir Kadeer Omsk cùng lên tiếng.",
        {("PER", "Hensley"), ("PER", "Borvald"), ("PER", "Kadeer Omsk")},
    ),
    # before a comma a word that points may end a name
    ("Sáng nay, ông Nguyễn Đây, Trưởng đội kiểm tra, cho biết.", {("PER", "Nguyễn Đây")}),
    # a word that points ends no name, even one a title announces (a dot lost before it)
    (
        "Quốc vương Borvald Hensley Đây là chuyến thăm đầu tiên của ông.",
        {("PER", "Borvald Hensley")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_royal_titles(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_royal_words_inside_a_name_stay_in_it() -> None:
    # "Vương Phi", "Hoàng Thân" end people's names: no title there
    assert spans("Ca sĩ Vương Phi và anh Phạm Hoàng Thân tới dự.") == {
        ("PER", "Vương Phi"),
        ("PER", "Phạm Hoàng Thân"),
    }


SMALL_COUNTRIES = [
    # a country of the world lists (no hand-made entry) between a title and a foreign name
    # is the country, not the start of the name
    (
        "Thủ tướng Dominica Kerwin Dalby thăm Cuba.",
        {("LOC", "Dominica"), ("PER", "Kerwin Dalby"), ("LOC", "Cuba")},
    ),
    ("Tổng thống Palau Kerwin Dalby phát biểu.", {("LOC", "Palau"), ("PER", "Kerwin Dalby")}),
    ("Hoa hậu Suriname Elinora Vask đăng quang.", {("LOC", "Suriname"), ("PER", "Elinora Vask")}),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_COUNTRIES)
def test_a_small_country_before_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Nguyễn Hoàng Hậu, giám đốc sở, cho biết.", "Nguyễn Hoàng Hậu"),
        ("Anh Lê Thái Hậu bị bắt tạm giam.", "Lê Thái Hậu"),
        ("Ông Võ Văn Vua, trưởng thôn, cho biết.", "Võ Văn Vua"),
        ("Từ Hy Thái Hậu cai trị hơn 40 năm.", "Từ Hy Thái Hậu"),
    ],
)
def test_a_royal_title_written_like_given_names_is_the_name(text: str, name: str) -> None:
    assert (name, "PER") in [(e.text, e.label) for e in analyze(text).entities]
