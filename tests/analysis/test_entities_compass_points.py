"""A compass point after a word of direction is a direction, not the region of that name
(issue 9; guideline rule 83, "hướng Bắc - Nam"): weather news writes "hướng Đông Bắc", "gió
mùa Tây Nam", "gió Đông Bắc" hundreds of times. The regions stay places ("vùng Tây Bắc",
"đồng bào Tây Bắc"). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def places(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "LOC"}


CASES = [
    ("Cơn bão số 3 di chuyển theo hướng Tây Bắc, mỗi giờ 15 km.", set()),
    ("Gió mùa Đông Bắc tràn về khiến nhiệt độ giảm mạnh.", set()),
    ("Vịnh Bắc Bộ có gió Đông Bắc mạnh cấp 6.", {"Vịnh Bắc Bộ"}),
    ("Gió mùa Tây Nam hoạt động mạnh ở Nam Bộ.", {"Nam Bộ"}),
    ("Vùng Tây Bắc có mưa rào vào chiều tối.", {"Tây Bắc"}),
    ("Đồng bào Tây Bắc đón Tết sớm.", {"Tây Bắc"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_compass_points_after_a_direction(text: str, expected: set[str]) -> None:
    assert places(text) == expected
