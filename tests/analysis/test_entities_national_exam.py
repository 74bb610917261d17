"""The national exam of a school level ("kỳ thi THPT Quốc gia", 2015-2019) is named by its kind
and is no organisation (GUIDELINE rules 17 and 18: "Kỳ thi tốt nghiệp THPT" is no entity,
THPT a common-noun acronym); a school named after a place or a person still is one (made-up
sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Điểm thi THPT Quốc gia 2019 được công bố sáng nay.", set()),
    ("Kỳ thi THPT Quốc Gia năm 2018 tại Lào Cai có nhiều sai phạm.", {("LOC", "Lào Cai")}),
    ("Ban chấm thi THPT Quốc gia tỉnh Yên Bái họp khẩn.", {("LOC", "Yên Bái")}),
    ("Thí sinh dự thi THPT quốc gia tại Hà Nội.", {("LOC", "Hà Nội")}),
    # a school keeps its name
    ("Học sinh trường THPT Quốc Oai đạt giải nhất.", {("ORG", "THPT Quốc Oai")}),
    ("Em Mai học Trường THPT Quốc Học Huế.", {("PER", "Mai"), ("ORG", "Trường THPT Quốc Học Huế")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_national_exam_is_no_school(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
