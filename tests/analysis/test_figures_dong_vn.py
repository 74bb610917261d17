"""A sum in "đồng VN" or "đồng Việt Nam" keeps the country in the money span (GUIDELINE rule 94):
"320 triệu đồng VN" → VND; "cộng đồng Việt Nam" holds no figure."""

from __future__ import annotations

from vnreader.analysis import analyze


def money(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_dong_vn_and_dong_viet_nam() -> None:
    assert money("Món quà trị giá 320 triệu đồng VN, hoặc 14.000 đồng Việt Nam mỗi gói.") == [
        ("320 triệu đồng VN", "VND"),
        ("14.000 đồng Việt Nam", "VND"),
    ]


def test_a_community_is_no_sum() -> None:
    assert money("Cộng đồng Việt Nam ở đây rất đông.") == []
