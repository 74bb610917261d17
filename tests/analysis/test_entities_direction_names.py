"""A place word's name that is a direction and a known place is one name ("khu đô thị Nam
Sài Gòn", "thị trấn Đông Anh"), not a direction and a second place; after a region's word
("phía", and "miền" before a lower-case direction) the direction stays apart (issue 9;
``benchmarks/data/GUIDELINE.md`` rules 67 and 101). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chợ hoa mở tại khu đô thị Nam Sài Gòn từ hôm nay.", "Nam Sài Gòn"),
        ("Nhà máy đặt ở Khu công nghiệp Nam Đông Hà.", "Khu công nghiệp Nam Đông Hà"),
        ("Tuyến xe buýt chạy từ Ga Hà Nội đến Thị trấn Đông Anh.", "Thị trấn Đông Anh"),
        ("Cung đường Tây Nghệ An đã thông xe.", "Tây Nghệ An"),
    ],
)
def test_a_direction_and_a_known_place_after_a_place_word_are_one_name(
    text: str, name: str
) -> None:
    assert ("LOC", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a lower-case direction after "miền" (rule 101; a capitalised one is one place with
        # its country: tests/analysis/test_entities_regions.py)
        ("Đoàn công tác đã đến miền nam Việt Nam.", "Việt Nam"),
        ("Ông sống ở phía Tây Hà Nội.", "Hà Nội"),
    ],
)
def test_after_a_region_word_the_direction_stays_apart(text: str, place: str) -> None:
    assert ("LOC", place) in spans(text)
