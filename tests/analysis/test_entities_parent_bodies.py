"""A unit named with its parent body is one organisation (GUIDELINE rules 32, 41a, 71, 73a,
83): "Ban … MTTQ VN", "Vụ … Bộ …", "Đảng bộ cơ quan Bộ …", "Thường trực Ban Bí thư"; a verb
after a one-syllable field ("Cục Thuế hoàn thuế") is not part of the name. Made-up sentences
(none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


JOINED = [
    # a committee and the front it belongs to, after a title
    (
        "Bà Trần Thị Mai, Phó trưởng Ban Dân tộc MTTQ VN, đã dự lễ.",
        {("PER", "Trần Thị Mai"), ("ORG", "Ban Dân tộc MTTQ VN")},
    ),
    # a department and its ministry, with no comma or dash between them
    (
        "Vụ Kế hoạch tài chính Bộ Xây dựng đã gửi báo cáo.",
        {("ORG", "Vụ Kế hoạch tài chính Bộ Xây dựng")},
    ),
    (
        "Vụ Tổ chức cán bộ Bộ Ngoại giao thông báo kết quả thi tuyển.",
        {("ORG", "Vụ Tổ chức cán bộ Bộ Ngoại giao")},
    ),
    # a party committee's board, and the party body of a ministry's staff
    (
        "BCH Đảng bộ cơ quan Bộ Tài chính đã họp phiên thường kỳ.",
        {("ORG", "BCH Đảng bộ cơ quan Bộ Tài chính")},
    ),
    (
        "Các chi bộ trực thuộc Đảng bộ cơ quan Bộ Nội vụ đã nộp báo cáo.",
        {("ORG", "Đảng bộ cơ quan Bộ Nội vụ")},
    ),
    (
        "Ban chấp hành Đảng bộ cơ quan Bộ Công Thương đã nhất trí.",
        {("ORG", "Ban chấp hành Đảng bộ cơ quan Bộ Công Thương")},
    ),
    # the standing body of a committee that has a name of its own (rule 71)
    (
        "Thường trực Ban Bí thư đề nghị các địa phương khẩn trương triển khai.",
        {("ORG", "Thường trực Ban Bí thư")},
    ),
    # a ministry's or a department's inspectorate is one body with it
    (
        "Theo Thanh tra Bộ Công Thương, nhiều cửa hàng vi phạm.",
        {("ORG", "Thanh tra Bộ Công Thương")},
    ),
    (
        "Hồ sơ được chuyển tới Thanh tra Sở Xây dựng Đà Nẵng.",
        {("ORG", "Thanh tra Sở Xây dựng Đà Nẵng")},
    ),
    # … and a province's or a city's, with its level
    ("Theo Thanh tra tỉnh Hà Giang, dự án sai phạm.", {("ORG", "Thanh tra tỉnh Hà Giang")}),
    ("Thanh tra TP.HCM vừa công bố kết luận.", {("ORG", "Thanh tra TP.HCM")}),
    ("Tỉnh giao Thanh tra tỉnh làm rõ.", set()),
    # a province's or a district's power company, the same way
    ("Theo Điện lực Hà Giang, sét đánh vào đường dây.", {("ORG", "Điện lực Hà Giang")}),
    ("Điện lực huyện Ba Vì đã cắt điện.", {("ORG", "Điện lực huyện Ba Vì")}),
    ("Theo Bộ trưởng Điện lực Iraq, hai nhà máy ngừng.", {("LOC", "Iraq")}),
    # … and its post office, its border guard, its social insurance
    ("Ông làm việc tại Bưu điện tỉnh Hà Giang.", {("ORG", "Bưu điện tỉnh Hà Giang")}),
    ("Năm nay, BHXH TP. HCM kiểm tra 70 cơ sở.", {("ORG", "BHXH TP. HCM")}),
    ("Tàu bị Biên phòng Quảng Ninh tạm giữ.", {("ORG", "Biên phòng Quảng Ninh")}),
    # … but "Chánh Thanh tra" is a title and "đoàn thanh tra" a team
    (
        "Ông Hùng, Chánh Thanh tra Bộ Nội vụ, cho biết.",
        {("PER", "Hùng"), ("ORG", "Bộ Nội vụ")},
    ),
    ("Trưởng đoàn Thanh tra Bộ Nội vụ đã làm việc.", {("ORG", "Bộ Nội vụ")}),
    (
        "Ông Hải, Chánh Thanh tra tỉnh Hà Giang, cho biết.",
        {("PER", "Hải"), ("LOC", "Hà Giang")},
    ),
    # a Party body written with its Party's full name (rule 2, the longest name)
    (
        "Điện mừng gửi tới Ban Chấp hành Trung ương Đảng Cộng sản Lào đã được đọc.",
        {("ORG", "Ban Chấp hành Trung ương Đảng Cộng sản Lào")},
    ),
    (
        "Năm ngoái Ban bí thư Trung ương Đảng đã khiển trách hai cán bộ.",
        {("ORG", "Ban bí thư Trung ương Đảng")},
    ),
    (
        "Ông từng là Ủy viên Bộ Chính trị Trung ương Đảng Cộng sản Việt Nam khóa IX.",
        {("ORG", "Bộ Chính trị Trung ương Đảng Cộng sản Việt Nam")},
    ),
    # names that go on past a known body's: the Youth Union written in full, the Free Syrian Army
    (
        "Giải thưởng do Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh trao tặng.",
        {("ORG", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")},
    ),
    (
        "Một nhóm của Quân đội Syria Tự do đã rút khỏi thị trấn.",
        {("ORG", "Quân đội Syria Tự do")},
    ),
    # the Youth Union's own secretariat is one body, like the Party's (the longest name)
    (
        "Ban Bí thư Trung ương Đoàn vừa tặng bằng khen cho các chi đoàn.",
        {("ORG", "Ban Bí thư Trung ương Đoàn")},
    ),
    # a council and the United Nations it belongs to
    (
        "Nga đã đề nghị Hội đồng Bảo an Liên Hợp Quốc họp khẩn.",
        {("LOC", "Nga"), ("ORG", "Hội đồng Bảo an Liên Hợp Quốc")},
    ),
]

# "thuộc" between a unit of the state or a firm and its parent: one name (rule 61)
JOINED += [
    (
        "Ông là Vụ trưởng Vụ Pháp chế thuộc Bộ Nội vụ từ năm ngoái.",
        {("ORG", "Vụ Pháp chế thuộc Bộ Nội vụ")},
    ),
    (
        "Chi cục Kiểm lâm thuộc Sở Nông nghiệp Lâm Đồng đã vào cuộc.",
        {("ORG", "Chi cục Kiểm lâm thuộc Sở Nông nghiệp Lâm Đồng")},
    ),
    (
        "Chi nhánh Cấp nước Gò Vấp thuộc Tổng công ty Cấp nước Sài Gòn đã sửa ống.",
        {("ORG", "Chi nhánh Cấp nước Gò Vấp thuộc Tổng công ty Cấp nước Sài Gòn")},
    ),
]

APART = [
    # a kind of unit after "các", and an office named after its unit, join nothing
    (
        "Sai phạm do các Ban quản lý dự án thuộc Bộ Giao thông vận tải gây ra.",
        {("ORG", "Bộ Giao thông vận tải")},
    ),
    # a parent in brackets is a name of its own (rule 92)
    (
        "Cục Thú y (thuộc Bộ Nông nghiệp) đã cảnh báo.",
        {("ORG", "Cục Thú y"), ("ORG", "Bộ Nông nghiệp")},
    ),
    # two bodies of the same rank side by side are two names
    (
        "Bộ Y tế, Bộ Tài chính vừa thống nhất phương án.",
        {("ORG", "Bộ Y tế"), ("ORG", "Bộ Tài chính")},
    ),
    # the parent rules with a comma and a dash still hold
    (
        "Khoa Hồi sức, Bệnh viện Chợ Rẫy tiếp nhận bệnh nhân.",
        {("ORG", "Khoa Hồi sức, Bệnh viện Chợ Rẫy")},
    ),
    (
        "Cục An toàn thực phẩm - Bộ Y tế đã cảnh báo.",
        {("ORG", "Cục An toàn thực phẩm - Bộ Y tế")},
    ),
    # a title before the front and a person after it
    (
        "Chủ tịch MTTQ VN Hoàng Văn Sơn đến thăm bà con.",
        {("ORG", "MTTQ VN"), ("PER", "Hoàng Văn Sơn")},
    ),
    # "Thường trực" after a title is the office's, not the body's
    (
        "Phó Chủ tịch Thường trực Quốc hội Nguyễn Văn Long phát biểu.",
        {("ORG", "Quốc hội"), ("PER", "Nguyễn Văn Long")},
    ),
    # … and in a list of a person's offices
    (
        "Ông Lê Văn Hải, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, đã dự họp.",
        {("PER", "Lê Văn Hải"), ("ORG", "Bộ Chính trị"), ("ORG", "Ban Bí thư")},
    ),
    # bodies listed with no commas, the first no smaller than the next: left apart
    (
        "Đại diện Văn phòng Chính phủ Bộ Y tế có mặt.",
        {("ORG", "Văn phòng Chính phủ"), ("ORG", "Bộ Y tế")},
    ),
    (
        "Đại diện Văn phòng Chính phủ Ban Dân tộc Bộ Nội vụ có mặt.",
        {("ORG", "Văn phòng Chính phủ"), ("ORG", "Ban Dân tộc Bộ Nội vụ")},
    ),
    # a standing committee that does not say whose it is names no body (rule 83)
    ("Ban Thường vụ đã kiểm điểm nghiêm túc.", set()),
]

FIELDS = [
    # a verb after a one-syllable field word is not the field's second syllable
    ("Cục Thuế trả lời doanh nghiệp trong ngày.", {("ORG", "Cục Thuế")}),
    ("Tổng cục Thuế hoàn tiền cho doanh nghiệp.", {("ORG", "Tổng cục Thuế")}),
    ("Học viện Múa xin thêm chỉ tiêu.", {("ORG", "Học viện Múa")}),
    # the district a body serves, named by its number, stays in the name
    ("Chi cục Thuế quận 7 đã thu đủ.", {("ORG", "Chi cục Thuế quận 7")}),
    # a field word of two syllables keeps its second one
    ("Chi cục Thú y vừa tiêu hủy đàn gà.", {("ORG", "Chi cục Thú y")}),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_unit_and_parent_are_one_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), APART)
def test_bodies_that_stay_apart(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_one_syllable_fields(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_the_council_and_its_parent_keep_the_council_key() -> None:
    """Joined with the United Nations however spelt, the Security Council is one group."""
    keys = {
        e.key
        for text in (
            "Hội đồng Bảo an Liên Hợp Quốc sẽ bỏ phiếu.",
            "Hội đồng Bảo an Liên Hiệp Quốc sẽ bỏ phiếu.",
            "Hội đồng Bảo an sẽ bỏ phiếu.",
        )
        for e in analyze(text).entities
    }
    assert keys == {"ORG:unsc"}


def test_an_office_named_after_its_unit_joins_no_parent() -> None:
    # "Vụ phó" is an office (rule 1): the ministry stays a name of its own
    found = spans("Ông Lý, Vụ phó thuộc Bộ Tài chính, cho biết.")
    assert ("ORG", "Bộ Tài chính") in found
