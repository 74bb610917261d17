"""Offices, associations, troupes and the centre named after titles (issue 9): words that
are also surnames or given names ("Tổng", "Chi", "Đoàn", "Tòa", "T.Ư") started people where
real news names a body. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    # a general association and a branch association after a title
    (
        "Chủ tịch Tổng hội Dược học Việt Nam Lê Thị Khánh phát biểu.",
        {("Tổng hội Dược học Việt Nam", "ORG"), ("Lê Thị Khánh", "PER")},
    ),
    (
        "Ông Phan Văn Lộc, Chủ tịch Chi hội Khuyến học Tân Phú, trao quà.",
        {("Phan Văn Lộc", "PER"), ("Chi hội Khuyến học Tân Phú", "ORG")},
    ),
    # the court alone at a sentence's start
    ("Bị cáo kháng cáo. Tòa nhận định, chứng cứ chưa đủ.", set()),
    # a department named by its field after a title
    (
        "Bà Lò Thị Mai, chuyên viên Phòng Đào tạo Trường ĐH Tây Nguyên cho biết.",
        {("Lò Thị Mai", "PER"), ("Phòng Đào tạo Trường ĐH Tây Nguyên", "ORG")},
    ),
    (
        "Ông Hà Văn Khải, Phó chính ủy Phòng Tình báo Quân khu 9, dự lễ.",
        {("Hà Văn Khải", "PER"), ("Phòng Tình báo Quân khu 9", "ORG")},
    ),
    # the deputy of a department: a title, then the department
    (
        "Ông Võ Văn Tường, Phó phòng Tham mưu, Công an tỉnh Bến Tre nói.",
        {("Võ Văn Tường", "PER"), ("Công an tỉnh Bến Tre", "ORG")},
    ),
    (
        "Bà Mạc Thị Yến, Phó Phòng Kế hoạch Sở Y tế Lạng Sơn, cho biết.",
        {("Mạc Thị Yến", "PER"), ("Phòng Kế hoạch Sở Y tế Lạng Sơn", "ORG")},
    ),
    # "T.Ư" (the centre) is no one's initials
    ("Ủy viên T.Ư Đảng Lâm Văn Mẫn phát biểu.", {("Lâm Văn Mẫn", "PER")}),
    ("Các bộ ngành T.Ư cần xem xét lại hồ sơ.", set()),
    # a Roman numeral after "khóa" is no initial
    ("Ban Chấp hành khóa X đã họp lần cuối.", {("Ban Chấp hành", "ORG")}),
    # a delegation or a team and its place, not the surname Đoàn
    ("Đoàn Việt Nam đánh giá cao kết quả chuyến thăm.", {("Việt Nam", "LOC")}),
    ("Đoàn Thanh Hóa giành 4 huy chương vàng.", {("Thanh Hóa", "LOC")}),
    ("Ông Đoàn Văn Lực cho biết.", {("Đoàn Văn Lực", "PER")}),
    # the youth union of a city, a province or a district
    (
        "Bí thư Thành Đoàn Cần Thơ Lý Văn Tâm phát biểu.",
        {("Thành Đoàn Cần Thơ", "ORG"), ("Lý Văn Tâm", "PER")},
    ),
    ("Huyện đoàn Mường Lát tổ chức hội trại.", {("Huyện đoàn Mường Lát", "ORG")}),
    # troupes
    ("Đoàn Xiếc Trung ương biểu diễn tối qua.", {("Đoàn Xiếc Trung ương", "ORG")}),
    ("Đoàn cải lương Minh Tơ một thời rất đông khán giả.", {("Đoàn cải lương Minh Tơ", "ORG")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_after_a_title_is_no_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected


WORDS_NO_NAMES = [
    ("Cần nói thêm, giá phân bón đã tăng hai lần.", set()),
    ("Bài phát biểu của ông Hồ Văn Chiến được chú ý.", {("Hồ Văn Chiến", "PER")}),
    ("Cử tri gốc Latin có thể quyết định kết quả.", set()),
    ("Sent: Monday, March 14, 2005 9:10 AM", set()),
    ("Gala bóng đá năm nay diễn ra ở Hà Nội.", {("Hà Nội", "LOC")}),
]


@pytest.mark.parametrize(("text", "expected"), WORDS_NO_NAMES)
def test_a_word_mined_as_a_name_in_error_names_no_one(
    text: str, expected: set[tuple[str, str]]
) -> None:
    # words the name miner once took for people ("benchmarks/mine_names.py", rows rejected in
    # data/mined_rejected.txt): a sentence's first word before a verb of saying, a month, a
    # show, a culture
    assert labelled(text) == expected


def test_a_credit_in_brackets_is_no_short_name() -> None:
    # "Hòa Phát (HPG)" gives the firm its short name; "(Ảnh: …)" is a picture's credit
    text = "Cổ đông lo ngại nợ vay của Tập đoàn Tân Long (Ảnh: Hữu Khoa). Chủ tịch nói."
    assert labelled(text) == {("Tập đoàn Tân Long", "ORG"), ("Hữu Khoa", "PER")}
    text = "Bảng xếp hạng năm nay của Times (Nguồn: timeshighereducation.com)."
    assert ("Nguồn", "ORG") not in labelled(text)


def test_doc_is_the_us_department_of_commerce_in_trade_news() -> None:
    trade = "Hôm qua, DOC công bố mức thuế chống bán phá giá với cá basa."
    assert ("DOC", "ORG") in labelled(trade)
    sea = "Hai bên cam kết thực hiện DOC và sớm đạt COC ở Biển Đông."
    assert ("DOC", "MISC") in labelled(sea)


FIELDS = [
    # a department's field after "phó phòng", "trưởng phòng", "giám đốc" names no one
    (
        "Thiếu tá Đinh Văn Hào, Phó phòng Tham mưu, Công an tỉnh Bình Phước nói.",
        {("Đinh Văn Hào", "PER"), ("Công an tỉnh Bình Phước", "ORG")},
    ),
    (
        "Bà Kha Thị Lụa, Trưởng phòng Kế toán Công ty Vật tư Hòa Bình bị bắt.",
        {("Kha Thị Lụa", "PER"), ("Công ty Vật tư Hòa Bình", "ORG")},
    ),
    ("Bà Mai, Phó phòng Marketing của hãng cho biết.", {("Mai", "PER")}),
    # "đăng ký" after a body is what it does, not a part of its name
    ("Bộ Công Thương đăng ký tham gia hội chợ.", {("Bộ Công Thương", "ORG")}),
    (
        "Hồ sơ nộp tại Văn phòng Đăng ký đất đai Lào Cai.",
        {("Văn phòng Đăng ký đất đai Lào Cai", "ORG")},
    ),
    # an association's field in lower case is taken whole
    ("Chi hội Nữ trí thức vừa ra mắt.", {("Chi hội Nữ trí thức", "ORG")}),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_a_department_s_field_names_no_one(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected
