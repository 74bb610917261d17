"""Name words whose folded form is also a common phrase are matched with their diacritics:
"không quân" (an air force) goes on a body's name, "không quan tâm" (does not care) does not;
"cổ phần" but not "có phần", "tự do" but not "từ đó", "hải quan" and "hải quân" both (issue
9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def orgs(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "ORG"}


CASES = [
    ("Bộ Y tế không quan tâm đến đề xuất này.", {"Bộ Y tế"}),
    ("NXB Giáo Dục không quản lý chặt khâu in.", {"NXB Giáo Dục"}),
    ("Công ty Bình Minh có phần chậm trễ trong việc trả lương.", {"Công ty Bình Minh"}),
    ("Sở Xây dựng từ đó đã thu hồi giấy phép.", {"Sở Xây dựng"}),
    ("Lực lượng Không quân Mỹ đã điều thêm máy bay.", {"Lực lượng Không quân Mỹ"}),
    (
        "Tổng cục Hải quan và Bộ Tư lệnh Hải quân đã ký kết.",
        {"Tổng cục Hải quan", "Bộ Tư lệnh Hải quân"},
    ),
    (
        "Cổ đông của Công ty Cổ phần Đầu tư Thành Công đã họp.",
        {"Công ty Cổ phần Đầu tư Thành Công"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_words_match_with_their_marks(text: str, expected: set[str]) -> None:
    assert orgs(text) == expected
