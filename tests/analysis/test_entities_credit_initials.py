"""A picture credit written with an initial and glued to the next sentence (issue 9): "Ảnh:
N. Hữu Giữa tháng 9 …", "Ảnh: Đ.Nam Vào 17 giờ …", "Ảnh: H. Lân Vấn đề …" name the
photographer only ("N. Hữu", "Đ.Nam", "H. Lân"); the sentence's first word ("Giữa", "Vào",
"Vấn") is no part of the name, and the dot after an initial is no sentence's end. Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "PER"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Nông dân thu hoạch lúa. Ảnh: T. Hùng Giữa tháng 10, giá lúa tăng mạnh.", "T. Hùng"),
        ("Cầu mới thông xe. Ảnh: Đ.Minh Vào 8 giờ sáng nay, xe đã qua lại.", "Đ.Minh"),
        ("Học sinh ôn thi. Ảnh: K. Oanh Vấn đề học thêm vẫn nóng.", "K. Oanh"),
        ("Trận đấu căng thẳng. Ảnh: P. Lâm Dù thua, đội vẫn giữ ngôi đầu.", "P. Lâm"),
    ],
)
def test_the_credit_ends_before_the_next_sentence(text: str, credit: str) -> None:
    assert credit in people(text)
