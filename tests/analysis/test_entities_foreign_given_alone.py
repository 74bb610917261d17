"""A common foreign given name alone is a person where a person stands in the sentence (issue
9): "đưa tiền cho Stephanie rồi …", "trong khi Vicky sẽ …"; not before an apostrophe, where it
names a firm or a show ("Victoria's Secret"). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


CASES = [
    ("Họ đưa tiền cho Stephanie rồi bỏ đi.", {"Stephanie"}),
    ("Cả lớp đã đi học, trong khi Vicky vẫn ở nhà.", {"Vicky"}),
    ("Cô mất nhiều ngày để làm lành với Hugh.", {"Hugh"}),
    ("Cô từng diễn cho Victoria's Secret.", set()),
    ("Đồng hồ được bán tại Julian's Auctions.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_foreign_given_name_alone(text: str, expected: set[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening a sentence before what a person does
        ("Ông ấy rời đi. Stephanie cũng thông báo sẽ nghỉ việc.", {"Stephanie"}),
        ("Trời mưa to. Hugh vẫn ra sân tập.", {"Hugh"}),
        # but not before a word that is no person's deed
        ("Stephanie's Bakery mở cửa hôm qua.", set()),
    ],
)
def test_a_foreign_given_name_opening_a_sentence(text: str, expected: set[str]) -> None:
    assert people(text) == expected
