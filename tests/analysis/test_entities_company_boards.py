"""A company's board named before the company with no title before it is one organisation
with it ("Hội đồng quản trị Công ty X quyết định", "HĐQT Ngân hàng Y vừa ban hành", and the
abbreviation in brackets between them; guideline rule 73h). After a title the board is part
of the title and the company alone is the name ("Chủ tịch HĐQT Công ty X", "thành viên Hội
đồng quản trị …": rule 71). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def organisations(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sáng 3/5, Hội đồng quản trị Công ty Cổ phần Thủy sản Minh Khang sẽ họp.",
            "Hội đồng quản trị Công ty Cổ phần Thủy sản Minh Khang",
        ),
        (
            "Hội đồng quản trị (HĐQT) Tập đoàn Hưng Thịnh vừa ban hành nghị quyết.",
            "Hội đồng quản trị (HĐQT) Tập đoàn Hưng Thịnh",
        ),
        (
            "Ngày 12/6, HĐQT Ngân hàng TMCP Phương Nam đã bổ nhiệm tổng giám đốc.",
            "HĐQT Ngân hàng TMCP Phương Nam",
        ),
    ],
)
def test_a_board_with_no_title_before_it_is_one_body_with_its_company(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ông Trần Văn Bình, Chủ tịch Hội đồng quản trị Công ty Cổ phần Minh Khang, cho biết.",
            "Công ty Cổ phần Minh Khang",
        ),
        ("Bà Lê Thu Hà, Chủ tịch HĐQT Tập đoàn Hưng Thịnh, phát biểu.", "Tập đoàn Hưng Thịnh"),
        (
            "Thành viên Hội đồng quản trị Công ty Cổ phần Minh Khang đã nộp đơn.",
            "Công ty Cổ phần Minh Khang",
        ),
        # a word or two may stand between the title and the board
        (
            "Bà Lê Thu Hà, thành viên độc lập HĐQT Công ty Cổ phần Minh Khang, từ chức.",
            "Công ty Cổ phần Minh Khang",
        ),
        ("Ông Trần An, cố vấn cấp cao HĐQT Ngân hàng Phương Nam, bị bắt.", "Ngân hàng Phương Nam"),
    ],
)
def test_after_a_title_the_company_alone_is_the_name(text: str, name: str) -> None:
    assert name in organisations(text)
