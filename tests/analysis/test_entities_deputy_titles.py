""" "Phó" (deputy) before a capitalised office is part of a title, not a person named Phó:
"Phó Chánh Thanh tra", "Phó Đội trưởng", "Phó Tổng biên tập", "Phó Ban Tuyên giáo" (GUIDELINE
rule 1: titles are not part of the name); a person whose surname is Phó keeps it (made-up
sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Trung tá Đỗ Văn Hải, Phó Đội trưởng đội 2, cho biết.", {("PER", "Đỗ Văn Hải")}),
    ("Ông Lâm, Phó Chánh Thanh tra tỉnh, ký quyết định.", {("PER", "Lâm")}),
    ("Thiếu tá Lý Văn Tâm - Phó Đồn trưởng đồn biên phòng - nói.", {("PER", "Lý Văn Tâm")}),
    ("Phó Tổng biên tập của tờ báo trả lời phỏng vấn.", set()),
    # a surname Phó stays in the person's name
    ("Bà Phó Thị Mai cho hay giá đã tăng.", {("PER", "Phó Thị Mai")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_deputy_is_no_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
