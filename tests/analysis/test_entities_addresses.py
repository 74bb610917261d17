"""A street after a house number is a place, even when named after a person (issue 9;
``benchmarks/data/GUIDELINE.md`` rule 38); a rank written "số 1" before a person is not an
address. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Quán nằm ở số 14B Trần Quang Khải, quận 1.", {("LOC", "Trần Quang Khải"), ("LOC", "quận 1")}),
    ("Cơ sở (số 21/7 Lê Văn Sỹ) bị đình chỉ.", {("LOC", "Lê Văn Sỹ")}),
    ("Địa chỉ: Số 9 Nguyễn Chí Thanh.", {("LOC", "Nguyễn Chí Thanh")}),
    # the house's letter written apart from its number is no part of the street ("27 A")
    (
        "Quán nằm ở số 27 A Nguyễn Khuyến, quận Đống Đa.",
        {("LOC", "Nguyễn Khuyến"), ("LOC", "Đống Đa")},
    ),
    ("Ông thuê căn nhà số 18 Phan Đình Phùng.", {("LOC", "Phan Đình Phùng")}),
    # a house number without "số", then the street's district, ward or city after a comma
    (
        "Cửa hàng ở 123 Trần Hưng Đạo, quận 1 bị phạt.",
        {("LOC", "Trần Hưng Đạo"), ("LOC", "quận 1")},
    ),
    ("Công ty đặt trụ sở tại 59-61 Lý Tự Trọng, Q.1.", {("LOC", "Lý Tự Trọng"), ("LOC", "Q.1")}),
    ("Nhà ở 45/2 Lê Văn Sỹ, P.13 bị cháy.", {("LOC", "Lê Văn Sỹ"), ("LOC", "P.13")}),
    ("Triển lãm mở tại 8 Lê Thánh Tông, Hà Nội.", {("LOC", "Lê Thánh Tông"), ("LOC", "Hà Nội")}),
    # a number before a person with no district after the name is no address
    ("Trong trận, đội 2 Nguyễn Văn Hùng dẫn đầu.", {("PER", "Nguyễn Văn Hùng")}),
    # a rank or a year before a person, then a place after a comma: no address
    (
        "Huy chương thuộc về hạng 3 Nguyễn Thị Huyền, TP.HCM.",
        {("PER", "Nguyễn Thị Huyền"), ("LOC", "TP.HCM")},
    ),
    ("Ông sinh năm 1960 Trần Văn Hương, Hà Nội.", {("PER", "Trần Văn Hương"), ("LOC", "Hà Nội")}),
    # a town or a city after the comma ends an address too
    (
        "Cửa hàng ở 12 Phan Chu Trinh, thị xã Sơn Tây bị phạt.",
        {("LOC", "Phan Chu Trinh"), ("LOC", "Sơn Tây")},
    ),
    # an address in a list of addresses: after a firm's comma, in brackets, after a colon;
    # its district after a comma, a bracket or a dash
    (
        "Liên hệ Công ty Hòa Bình, 24 Hàng Bông, Hoàn Kiếm.",
        {("ORG", "Công ty Hòa Bình"), ("LOC", "Hàng Bông"), ("LOC", "Hoàn Kiếm")},
    ),
    (
        "Công ty Mây Trắng (21 Lê Lai, Q.1) mở cửa đến khuya.",
        {("ORG", "Công ty Mây Trắng"), ("LOC", "Lê Lai"), ("LOC", "Q.1")},
    ),
    ("Địa chỉ: Tiệm bánh Hồng: 15 Hai Bà Trưng, Huế.", {("LOC", "Hai Bà Trưng"), ("LOC", "Huế")}),
    (
        "Kho hàng số 3, 112B Nguyễn Văn Cừ (P.4, Q.5) bị cháy.",
        {("LOC", "Nguyễn Văn Cừ"), ("LOC", "P.4"), ("LOC", "Q.5")},
    ),
    (
        "Công ty Biển Xanh (31 Trần Phú - TP Nha Trang) bị phạt.",
        {("ORG", "Công ty Biển Xanh"), ("LOC", "Trần Phú"), ("LOC", "TP Nha Trang")},
    ),
    # where something is, at a house number, with nothing after the street
    ("Mẫu được gửi tới phòng khám ở 215 Hoàng Hoa Thám và bệnh viện.", {("LOC", "Hoàng Hoa Thám")}),
    ("Quầy vé đặt tại 7B Nguyễn Bỉnh Khiêm.", {("LOC", "Nguyễn Bỉnh Khiêm")}),
    # a street that opens with a surname that is a head word too ("hồ", a lake)
    ("Cửa hàng ở 136 Hồ Tùng Mậu và chợ đều đông.", {("LOC", "Hồ Tùng Mậu")}),
    # a count of things after "tại": no street
    ("Phim được chiếu tại 65 Liên hoan phim quốc tế.", set()),
    ("Khách trả tiền tại 228 Phòng giao dịch của ngân hàng.", set()),
    # the house number right after the city, the street before its district
    (
        "Văn phòng đặt tại Đà Nẵng 15 Lê Duẩn, quận Hải Châu.",
        {("LOC", "Đà Nẵng"), ("LOC", "Lê Duẩn"), ("LOC", "Hải Châu")},
    ),
    # a street named after a person the gazetteer knows by another name
    (
        "Cửa hàng nằm trên đường Nguyễn Ái Quốc, phường Tân Tiến.",
        {("LOC", "Nguyễn Ái Quốc"), ("LOC", "Tân Tiến")},
    ),
    # a rank before a person and his country in brackets is no address
    (
        "Cô gặp hạt giống số 2 Lâm Tuệ Mẫn (Hồng Kông) hôm nay.",
        {("PER", "Lâm Tuệ Mẫn"), ("LOC", "Hồng Kông")},
    ),
    # a rank before a person
    ("Tay vợt số 1 Trần Thị Hoa bị loại.", {("PER", "Trần Thị Hoa")}),
    ("Hạt giống số 3 Lê Văn Hùng vào bán kết.", {("PER", "Lê Văn Hùng")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_streets_after_house_numbers(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


HAMLETS = [
    # a hamlet's number before its commune is its name, not a count of communes (rule 38)
    ("Bà Hoa sống ở thôn 4 xã Hòa Bình.", {("PER", "Hoa"), ("LOC", "thôn 4"), ("LOC", "Hòa Bình")}),
    ("Gia đình anh ở xóm 7 làng Đông Ngạc.", {("LOC", "xóm 7"), ("LOC", "Đông Ngạc")}),
    ("Cháy nhà tại ấp 2, xã Long Hòa.", {("LOC", "ấp 2"), ("LOC", "Long Hòa")}),
    ("Người dân khóm 5 phường 3 đã di dời.", {("LOC", "khóm 5"), ("LOC", "phường 3")}),
    # a national road written short is one place
    ("Xe tải lật trên QL1A, đoạn qua huyện Cam Lâm.", {("LOC", "QL1A"), ("LOC", "Cam Lâm")}),
    ("Ùn tắc kéo dài trên QL 14 và QL.20.", {("LOC", "QL 14"), ("LOC", "QL.20")}),
]


@pytest.mark.parametrize(("text", "expected"), HAMLETS)
def test_hamlets_and_short_national_roads(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
    assert analyze(text).figures == ()


def test_a_group_of_communes_is_still_counted() -> None:
    assert [f.text for f in analyze("Nhóm 3 xã được hỗ trợ vốn.").figures] == ["3 xã"]


def test_a_short_national_road_groups_with_the_road_written_out() -> None:
    keys = {e.text: e.key for e in analyze("Trên QL1A và quốc lộ 1A, xe nối đuôi.").entities}
    assert keys["QL1A"] == keys["quốc lộ 1A"]


VILLAGES = [
    # a village, a craft village or a reef named after its head word is a place
    ("Bà con làng Thổ Hà làm gốm.", {("LOC", "Thổ Hà")}),
    ("Sản phẩm của làng nghề Vạn Phúc bán chạy.", {("LOC", "Vạn Phúc")}),
    ("Tàu cá neo tại bãi Cỏ Rong.", {("LOC", "Cỏ Rong")}),
    # capitalised, the head is part of the name (rule 38)
    ("Du khách đổ về Bãi Cháy.", {("LOC", "Bãi Cháy")}),
    # a title before the place word does not make the name a person's
    ("Ông ở thôn Lê Xá từ nhỏ.", {("LOC", "Lê Xá")}),
    ("Bà về làng Đông Ngạc ăn Tết.", {("LOC", "Đông Ngạc")}),
]


@pytest.mark.parametrize(("text", "expected"), VILLAGES)
def test_villages_and_reefs(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_an_acronym_after_lang_names_no_village() -> None:
    assert not any(e.text == "SOS" for e in analyze("Trẻ em ở làng SOS vui chơi.").entities)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # a lettered part of the house number after its slash
        ("Bị can ngụ ở 118/B27 Trần Bình Trọng, P.2, Q.5.", "Trần Bình Trọng"),
        # the district glued to its number
        ("Hồ sơ nhận tại số 42 Phạm Ngọc Thạch, quận3, TP HCM.", "Phạm Ngọc Thạch"),
        # addresses listed by city, each opening with "Số"
        ("Đà Nẵng: Số 188 Lê Duẩn, quận Hải Châu.", "Lê Duẩn"),
        # the ward after the street with no comma, capitalised
        ("Văn phòng: 215 Võ Thị Sáu Phường 7, Quận 3.", "Võ Thị Sáu"),
        # the district's "Q." with a space after its dot
        ("Chi nhánh Huế: 27 Lý Thường Kiệt, Q. Phú Nhuận.", "Lý Thường Kiệt"),
        ("Hội thảo ở số 8-10 Phan Bội Châu, P. 4, Q. 5.", "Phan Bội Châu"),
        # house numbers joined by a spaced dash, "Tại" opening the sentence
        ("Tại 71 - 71B Hoàng Văn Thái, P. 9, Q. 6 có cháy nhỏ.", "Hoàng Văn Thái"),
        # ... and after a place or a quote, the dash before the first number ending it
        ("Chi nhánh Gia Lai 15 - 17 Trần Phú - TP Pleiku mở cửa.", "Trần Phú"),
        ("Lô “đất vàng” 6 – 10 Lý Tự Trọng, quận 1 bị thu hồi.", "Lý Tự Trọng"),
    ],
)
def test_streets_of_addresses_written_loosely(text: str, street: str) -> None:
    assert ("LOC", street) in spans(text)
    assert ("PER", street) not in spans(text)


def test_a_district_after_a_name_with_no_house_number_makes_no_person() -> None:
    found = spans("TTG Holding phát triển dự án Lancaster Lincoln Quận 4 làm dự án chiến lược.")
    assert not any(label == "PER" for label, _ in found)


def test_a_day_of_tet_before_a_district_is_no_street() -> None:
    assert ("LOC", "Tết") not in spans("Chiều 27 Tết (Q. Phú Nhuận) chợ hoa vắng khách.")
