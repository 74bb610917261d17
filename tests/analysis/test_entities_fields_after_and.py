"""A body's field written in capitals that goes on in lower case after "và" ("Công ty Chế
biến và kinh doanh sản phẩm dầu mỏ", "Cục Cạnh tranh và bảo vệ người tiêu dùng"; guideline
rule 13): the whole field is the name, up to a stop, what the body does, its own name or its
place; "và" before other words joins the sentence's nouns, not the name. Made-up sentences,
never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # the field goes on to what the body does or to a stop
    (
        "Công ty Chế biến và kinh doanh sản phẩm dầu mỏ vừa tăng giá bán.",
        {("ORG", "Công ty Chế biến và kinh doanh sản phẩm dầu mỏ")},
    ),
    (
        "Cục Cạnh tranh và bảo vệ người tiêu dùng xử phạt hai doanh nghiệp.",
        {("ORG", "Cục Cạnh tranh và bảo vệ người tiêu dùng")},
    ),
    (
        "Viện Kinh tế và chính trị thế giới vừa công bố báo cáo.",
        {("ORG", "Viện Kinh tế và chính trị thế giới")},
    ),
    (
        "Công ty Vật tư và phát triển nhà ở đã bán hết căn hộ.",
        {("ORG", "Công ty Vật tư và phát triển nhà ở")},
    ),
    (
        "Hợp đồng ký với Công ty Vận tải và dịch vụ công cộng.",
        {("ORG", "Công ty Vận tải và dịch vụ công cộng")},
    ),
    # "các" inside the field, before the body's short name in brackets
    (
        "Công ty Chế biến và kinh doanh các sản phẩm khí (PV Khí) vừa giảm giá.",
        {("ORG", "Công ty Chế biến và kinh doanh các sản phẩm khí"), ("ORG", "PV Khí")},
    ),
    # ... but no bracket after it: the sentence's object as well, unsure
    (
        "Công ty Xây dựng và phát triển các đơn vị thi công đã cam kết.",
        {("ORG", "Công ty Xây dựng")},
    ),
    # what the firm does ends the field, never a word of it
    (
        "Công ty Vật tư và phát triển nông thôn xin phép mở rộng kho.",
        {("ORG", "Công ty Vật tư và phát triển nông thôn")},
    ),
    # its own name or its place after the field
    (
        "Công ty TNHH Thương mại và sản xuất bánh kẹo Hải Hà đã nộp thuế.",
        {("ORG", "Công ty TNHH Thương mại và sản xuất bánh kẹo Hải Hà")},
    ),
    (
        "Công ty Xây lắp và kinh doanh nhà tỉnh Bình Dương cho biết.",
        {("ORG", "Công ty Xây lắp và kinh doanh nhà tỉnh Bình Dương")},
    ),
    # a place beside ends the field, and the next body is its own
    (
        "Ngân hàng Nông nghiệp và phát triển nông thôn bên cạnh Vietcombank cũng giảm lãi suất.",
        {("ORG", "Ngân hàng Nông nghiệp và phát triển nông thôn"), ("ORG", "Vietcombank")},
    ),
    # "và" joins the sentence's nouns: a plural, a person, a field after an own name, another
    # body, or a department whose portfolio the lists hold
    ("Sở Du lịch và các ngành chức năng kiểm tra.", {("ORG", "Sở Du lịch")}),
    ("Công ty Dệt may và người lao động ký thỏa ước.", {("ORG", "Công ty Dệt may")}),
    ("Công ty Tân Thành và thương mại điện tử phát triển nhanh.", {("ORG", "Công ty Tân Thành")}),
    ("Sở Y tế và phòng chống dịch tỉnh đã họp.", {("ORG", "Sở Y tế")}),
    (
        "Lãnh đạo Trung tâm Nghiên cứu và phát triển Bộ Tài chính phát biểu.",
        {("ORG", "Trung tâm Nghiên cứu"), ("ORG", "Bộ Tài chính")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fields_after_and(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_field_after_and_at_the_end_of_the_text() -> None:
    assert spans("Khách hàng của Công ty Vật tư và phát triển") == {
        ("ORG", "Công ty Vật tư và phát triển")
    }
