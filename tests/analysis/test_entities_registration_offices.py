"""Business registration offices are named whole ("Cục Quản lý Đăng ký kinh doanh",
"Phòng Đăng ký kinh doanh"), while "đăng ký kinh doanh" in lower case after a name is what
the firm or body does and ends the name (issue 9). Made-up sentences, none from a
benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Theo Cục Quản lý Đăng ký kinh doanh, số hồ sơ tăng 12%.",
        {("ORG", "Cục Quản lý Đăng ký kinh doanh")},
    ),
    (
        "Phòng Đăng ký kinh doanh Sở KH-ĐT Cần Thơ đã cấp phép cho 40 hộ.",
        {("ORG", "Phòng Đăng ký kinh doanh Sở KH-ĐT Cần Thơ")},
    ),
    (
        "Công ty Bình Minh đăng ký kinh doanh ngành vận tải từ năm ngoái.",
        {("ORG", "Công ty Bình Minh")},
    ),
    ("Bộ Công Thương đăng ký kinh doanh cho các đơn vị mới.", {("ORG", "Bộ Công Thương")}),
    ("Chị vào phòng đăng ký kinh doanh để nộp hồ sơ.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_registration_offices(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
