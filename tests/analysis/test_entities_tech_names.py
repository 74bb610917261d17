"""Standards, apps and aircraft models in technology news are named things (issue 9;
``benchmarks/data/GUIDELINE.md`` rules 59 and 75), and a common noun written short after a
product word ("ứng dụng CNTT") names none. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Loa kết nối qua Bluetooth hoặc Wi-Fi.", {("MISC", "Bluetooth"), ("MISC", "Wi-Fi")}),
    ("Người dùng WeChat tăng nhanh.", {("MISC", "WeChat")}),
    ("Hãng mua thêm 20 chiếc C919.", {("MISC", "C919")}),
    ("Trường đẩy mạnh ứng dụng CNTT trong giảng dạy.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_technology_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
