"""A relative's word before a name makes it a person (issue 9, ``GUIDELINE.md`` rule 1): "bé
Sơn", "con gái Anneka", "vợ chồng Nam", "bạn trai Thảo"; capitalised inside a sentence the
same words end given names ("Ngô Văn Bé", "Hòn Chồng"), as "ông" and "bà" do; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Đồ chơi của bé Tín vương vãi khắp nhà.", {("PER", "Tín")}),
    ("Bà sống cùng con gái Elodie tại Paris.", {("PER", "Elodie"), ("LOC", "Paris")}),
    ("Căn hộ của vợ chồng Khải rất chật.", {("PER", "Khải")}),
    ("Bạn trai Thoa không muốn cưới sớm.", {("PER", "Thoa")}),
    ("Ông gửi thư cho cháu trai Dmitri.", {("PER", "Dmitri")}),
    # capitalised inside a sentence, the word is part of a name
    ("Ông Lê Văn Bé cho biết vườn quất đã chín.", {("PER", "Lê Văn Bé")}),
    ("Bãi Hòn Chồng đông khách.", {("LOC", "Bãi Hòn Chồng")}),
    # a place after the word stays a place
    ("Một cô con gái Hà Nội đã đoạt giải.", {("LOC", "Hà Nội")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relatives(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
