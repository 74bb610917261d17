"""A fraction written with a slash and no counted noun is a ratio, category ``other``, unit
``times`` (GUIDELINE rule 90: "chỉ bằng 1/4" → 0.25); "cổ phần" counts shares, also after "/"
("10.500 đồng/cổ phần" → VND/share, the span ending after "phần")."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.text, f.unit, f.category) for f in analyze(text).figures]


def test_a_fraction_is_a_ratio() -> None:
    assert found("Giá xe cũ chỉ bằng 1/4 xe mới.") == [("1/4", "times", "other")]
    assert found("Trẻ dùng liều bằng 1/2 hay 1/3 liều người lớn.") == [
        ("1/2", "times", "other"),
        ("1/3", "times", "other"),
    ]


def test_shares_counted_and_priced() -> None:
    assert found("Công ty bán 20.000 cổ phần giá 10.500 đồng/cổ phần.") == [
        ("20.000 cổ phần", "share", "quantity"),
        ("10.500 đồng/cổ phần", "VND/share", "money"),
    ]
