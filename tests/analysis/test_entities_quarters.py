"""A quarter or an estate after a lower-case "khu" (issue 9, guideline rules 15 and 38): a
name of two Vietnamese words is a place, even one that reads as a person's ("khu Hồng Liên");
a letter, a code, an acronym or a capitalised common noun after "khu" names a block or a
kind of area, no place ("khu A", "khu TĐC", "khu Ngoại giao đoàn"). Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gia đình anh có căn nhà ở khu Hồng Liên từ năm ngoái.", "Hồng Liên"),
        ("Xe cứu hỏa phải dừng ở khu Đồng Mai, cách nhà cháy 50 m.", "Đồng Mai"),
    ],
)
def test_a_quarter_named_after_khu_is_a_place(text: str, place: str) -> None:
    found = labelled(text)
    assert (place, "LOC") in found
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hơn 100 giáo viên đang họp ở khu C của trường.", "C"),
        ("Cây xanh được trồng ở khu Ngoại giao đoàn từ lâu.", "Ngoại"),
        ("Các hộ dân ở khu TĐC chưa có nước sạch.", "TĐC"),
    ],
)
def test_a_block_or_a_kind_of_area_is_no_place(text: str, word: str) -> None:
    assert (word, "LOC") not in labelled(text)


def test_grand_slam_is_a_named_event() -> None:
    assert ("Grand Slam", "MISC") in labelled("Cô lần đầu vào bán kết một giải Grand Slam.")
