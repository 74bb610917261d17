"""A street after a house number is a place, even when named after a person (issue 9;
``benchmarks/data/GUIDELINE.md`` rule 38); a rank written "số 1" before a person is not an
address. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Quán nằm ở số 14B Trần Quang Khải, quận 1.", {("LOC", "Trần Quang Khải"), ("LOC", "quận 1")}),
    ("Cơ sở (số 21/7 Lê Văn Sỹ) bị đình chỉ.", {("LOC", "Lê Văn Sỹ")}),
    ("Địa chỉ: Số 9 Nguyễn Chí Thanh.", {("LOC", "Nguyễn Chí Thanh")}),
    ("Ông thuê căn nhà số 18 Phan Đình Phùng.", {("LOC", "Phan Đình Phùng")}),
    # a rank before a person
    ("Tay vợt số 1 Trần Thị Hoa bị loại.", {("PER", "Trần Thị Hoa")}),
    ("Hạt giống số 3 Lê Văn Hùng vào bán kết.", {("PER", "Lê Văn Hùng")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_streets_after_house_numbers(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
