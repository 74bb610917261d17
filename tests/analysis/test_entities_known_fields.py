"""A body named by its head, a field that news writes as a name (``data/org_fields.txt``, made
by ``benchmarks/build_fields.py``) in any case, and its place: "Sở du lịch Hà Nội", "Cục Hàng
không dân dụng Trung Quốc". Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import gazetteer


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # the field in lower case after a capitalised head, then the place it serves
    ("Lượng khách của Sở du lịch Khánh Hòa tăng mạnh.", {("ORG", "Sở du lịch Khánh Hòa")}),
    ("Cục thuế Nghệ An đã xử phạt ba doanh nghiệp.", {("ORG", "Cục thuế Nghệ An")}),
    # the field's first word capitalised, the rest in lower case
    (
        "Cục Hàng không dân dụng Hàn Quốc cho biết sẽ điều tra.",
        {("ORG", "Cục Hàng không dân dụng Hàn Quốc")},
    ),
    (
        "Sở Giao thông công chánh TP.HCM vừa cấm xe tải.",
        {("ORG", "Sở Giao thông công chánh TP.HCM")},
    ),
    # a field of two halves joined by a dash, and a district named by its number
    (
        "Đài phát thanh - truyền hình Bình Định đưa tin.",
        {("ORG", "Đài phát thanh - truyền hình Bình Định")},
    ),
    ("Trung tâm văn hóa quận 8 mở lớp hè.", {("ORG", "Trung tâm văn hóa quận 8")}),
    # after a title ending in the head ("Giám đốc Sở"), the body and then the person
    (
        "Giám đốc Sở du lịch Lâm Đồng Trần Văn Hải cho rằng giá phòng sẽ giảm.",
        {("ORG", "Sở du lịch Lâm Đồng"), ("PER", "Trần Văn Hải")},
    ),
    # no place: inside a sentence, a field of a body of the state before a stop or a verb
    ("Mẫu được gửi tới Cục thú y để xét nghiệm.", {("ORG", "Cục thú y")}),
    ("Ông cho hay Ủy ban chứng khoán đã xử phạt công ty.", {("ORG", "Ủy ban chứng khoán")}),
    # opening a sentence too, before what the body says or does
    ("Sở du lịch cho biết sẽ kiểm tra.", {("ORG", "Sở du lịch")}),
    ("Cục thuế đang xác minh hợp đồng.", {("ORG", "Cục thuế")}),
    # after a title, the body and then its head of office, named
    (
        "Giám đốc Sở tài chính Nguyễn Văn Bình cho biết.",
        {("ORG", "Sở tài chính"), ("PER", "Nguyễn Văn Bình")},
    ),
    (
        "Theo Cục trưởng Cục thuế Lê Văn An, thu ngân sách tăng.",
        {("ORG", "Cục thuế"), ("PER", "Lê Văn An")},
    ),
    # … but not "Vụ" opening a sentence (a case), after a plural or a number, before "và",
    # nor a kind
    ("Vụ thanh niên bị đánh ở chợ đã được làm rõ.", set()),
    ("Họ làm việc với các Sở du lịch, ngành văn hóa.", set()),
    ("Camera đặt tại 4 Chi cục hải quan cửa khẩu.", set()),
    ("Chủ nhiệm Ủy ban khoa học, công nghệ, môi trường phát biểu.", set()),
    # a body listed before "và" and another head ends there; a field after "các" is a kind
    (
        "Việc này do Sở tài chính và Sở kế hoạch đầu tư quyết định.",
        {("ORG", "Sở tài chính"), ("ORG", "Sở kế hoạch đầu tư")},
    ),
    ("Giải do Liên hiệp các Hội khoa học và kỹ thuật VN trao.", {("LOC", "VN")}),
    # a kind of bank is no name
    ("Tiền gửi vào tài khoản ở Ngân hàng thương mại, rồi rút ra.", set()),
    # "Phòng" and a known field with its place is a department ("Phòng thủ" is defence)
    ("Phòng quản lý đô thị quận 7 đã cấp phép.", {("ORG", "Phòng quản lý đô thị quận 7")}),
    ("Phòng thủ Hà Nội là nhiệm vụ của quân khu.", {("LOC", "Hà Nội")}),
    ("Ông làm ở Hội đồng quản trị, không ở Trung tâm tài chính.", set()),
    # a field going on after "và" is not cut before it
    ("Ông làm ở Ủy ban kinh tế và ngân sách.", set()),
    # a lower-case head is a kind of body, not a name (guideline rule 15)
    ("Các sở du lịch Hà Nội và Huế họp bàn.", {("LOC", "Hà Nội"), ("LOC", "Huế")}),
    # a verb after the head is no field: what the body does
    ("Sở chỉ đạo các quận kiểm tra.", set()),
    # the head inside a place's name ("Tây Ban Nha") heads nothing
    ("Tây Ban Nha hải quan Pháp đã phối hợp.", {("LOC", "Tây Ban Nha"), ("LOC", "Pháp")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_known_fields(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_fields_are_lower_case_and_come_in_both_tone_spellings() -> None:
    fields = gazetteer().org_fields
    assert "du" in fields and "thuế" in fields
    assert all(word == word.lower() for word in fields)
    text = "Trung tâm văn hoá quận 8 và Trung tâm văn hóa quận 9 mở lớp hè."
    assert spans(text) == {("ORG", "Trung tâm văn hoá quận 8"), ("ORG", "Trung tâm văn hóa quận 9")}
