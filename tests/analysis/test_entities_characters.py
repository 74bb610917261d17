"""Characters of films and novels named after "vai diễn", "nhân vật", "mỹ nhân" are people
(issue 9; ``benchmarks/data/GUIDELINE.md`` rules 60 and 67), and "Mỹ nhân" opening a
sentence ("a beauty") is no country; a given name that ends with a country's name ("Quỳnh
Nga") is one person. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Cô được nhớ tới qua vai diễn Thúy Vân.", {("PER", "Thúy Vân")}),
    ("Nhân vật Lão Hạc làm người đọc xúc động.", {("PER", "Lão Hạc")}),
    ("Nữ diễn viên vào vai mỹ nhân Tây Thi.", {("PER", "Tây Thi")}),
    ("Mỹ nhân sinh năm 1990 vừa kết hôn.", set()),
    # a given name after a title that ends with a country's name is one person (rule 70)
    ("Ca sĩ Quỳnh Nga ra mắt album mới.", {("PER", "Quỳnh Nga")}),
    ("Nhân vật Hằng Nga xuất hiện ở tập cuối.", {("PER", "Hằng Nga")}),
    ("Thủ tướng Thái Lan tới Hà Nội.", {("LOC", "Thái Lan"), ("LOC", "Hà Nội")}),
    ("Tổng thống Pháp Macron phát biểu.", {("LOC", "Pháp"), ("PER", "Macron")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_characters_are_people(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


INITIALS = [
    # a person written by an initial between lower-case words (rule 60)
    ("Người dân chở K. vào bệnh viện, còn M. đến công an tự thú.", {("PER", "K."), ("PER", "M.")}),
    # an initial before a name, or a district written short, is not a person alone
    ("Ông V. Putin đến TP. Huế.", {("PER", "V. Putin"), ("LOC", "TP. Huế")}),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS)
def test_initials_alone_are_people(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
