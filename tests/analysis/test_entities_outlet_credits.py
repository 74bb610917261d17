"""A newspaper named after "PV báo" (the paper's reporter), "như báo … đã đưa tin", "mà báo …",
"cùng báo …", and after "báo điện tử" (an online paper, either case) is an organisation, the
lower-case head left out (GUIDELINE rules 5 and 37: a site or paper named in a credit is ORG);
"báo Tết", "báo Xuân" are a paper's New Year issues, no outlet (made-up sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Trao đổi với PV báo Tin Nhanh, ông Hùng cho biết.", {("ORG", "Tin Nhanh"), ("PER", "Hùng")}),
    ("Như báo Sống Khỏe đã phản ánh, con đường xuống cấp.", {("ORG", "Sống Khỏe")}),
    ("Thông tin mà báo Đời Sống nhận được cho thấy điều đó.", {("ORG", "Đời Sống")}),
    ("Như báo điện tử Tin Nhanh phản ánh, dự án chậm tiến độ.", {("ORG", "Tin Nhanh")}),
    ("Sở phối hợp cùng báo Điện tử Tin Nhanh phát động cuộc thi.", {("ORG", "Tin Nhanh")}),
    # a country after "báo" is the country's press; the New Year issue is no outlet
    ("Như báo Mỹ đưa tin, cuộc gặp bị hoãn.", {("LOC", "Mỹ")}),
    ("Giống như báo Tết mọi năm, số này dày hơn.", set()),
    ("Nhiều bạn đọc theo báo Xuân năm nay.", set()),
    # "báo" that ends a word stays a word
    ("Như dự báo, trời sẽ mưa to.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outlets_after_a_credit(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
