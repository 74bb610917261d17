"""Who speaks after a quote, a given name that is also a head word after a form of address,
and a teacher addressed as "thầy" (issue 9): made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


CASES = [
    # one word after a closing quote and a comma, then what a person says
    ('"Chúng tôi vẫn đang tìm kiếm", Tuan cho biết.', {"Tuan"}),
    ('"Nước đã rút gần hết," Lâm nói.', {"Lâm"}),
    ("“Cần uống đủ nước mỗi ngày”, Vy chia sẻ.", {"Vy"}),
    ('"Không ai bị thương", Nam cho biết thêm.', {"Nam"}),
    # ... but a body's head word speaks for the body, and a word that says nothing is no one
    ('"Hồ sơ đã đủ", Bộ cho biết.', set()),
    ('"Hồ sơ đã đủ", Sở cho biết.', set()),
    ('"Hồ sơ đã đủ", Nam và Bắc đều đồng ý.', set()),
    ('"Mức phạt rất cao", Theo tiết lộ của luật sư, ông đã nộp đủ.', set()),
    # a given name that is also a head word ("Trường", "Hội", "Ban"), after a form of address
    ("Sau cuộc họp, ông Trường nói sẽ rút kinh nghiệm.", {"Trường"}),
    ('"Bản đồ giúp học nhanh hơn", thầy Hội chia sẻ.', {"Hội"}),
    ("Chiều qua, anh Ban cho biết đã nộp đơn.", {"Ban"}),
    # ... not an office's first word, nor an acronym of a body
    ("Đã có ba ông Vụ phó được điều động.", set()),
    ("Sách phải đưa đến các ông NXB để xin in.", set()),
    ("Ông Đảng viên ấy nói sẽ nộp đơn.", set()),
    ("Ông Ban giám đốc cho biết đã họp.", set()),
    # "thầy" addresses a teacher, at a sentence start too; capitalised inside a sentence it
    # opens the name of a canal or a play
    ("Thầy Nguyễn Văn Khiêm cho biết lớp có 40 học sinh.", {"Nguyễn Văn Khiêm"}),
    ("Thầy Lộc cho biết lớp có 40 học sinh.", {"Lộc"}),
    ("Nước kênh Thầy Cai đã bị ô nhiễm.", set()),
    # "thầy" before a lower-case word is no title: a doctor, the teachers
    ("Các thầy thuốc Đông y tin rằng trà tốt.", set()),
    ("Ông từng đóng vai chính trong vở Thầy Tú.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_person_named_by_how_they_speak_or_are_addressed(text: str, expected: set[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khán giả vẫn nhớ Lam Trường và Đan Trường.", {"Lam Trường", "Đan Trường"}),
        ("Ca sĩ trẻ như Lam Trường, Phương Thanh đều đến.", {"Lam Trường", "Phương Thanh"}),
    ],
)
def test_a_known_name_that_ends_in_a_head_word(text: str, expected: set[str]) -> None:
    assert people(text) == expected
