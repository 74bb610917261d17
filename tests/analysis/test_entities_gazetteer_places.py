"""Places of the public-data gazetteer (``data/places.txt``): Vietnam's districts, the world's
countries, cities and US states, and how a district's name that is also a person's name is
told apart. Made-up sentences.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import gazetteer


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # Saudi Arabia and the UAE in the spellings of the 2000s' news; "Ả Rập" alone is mostly
    # an adjective ("chữ số Ả Rập", "Mùa xuân Ả Rập") and names no place
    ("Lao động sang Ảrập Xêút làm việc.", {("LOC", "Ảrập Xêút")}),
    (
        "Ông bỏ chạy sang Các tiểu vương quốc Ảrập thống nhất.",
        {("LOC", "Các tiểu vương quốc Ảrập thống nhất")},
    ),
    ("Chữ số Ả Rập được dùng rộng rãi.", set()),
    ("Người Ả Rập nói tiếng Ả Rập.", set()),
    # districts with no cue: alone, in a list after a plural place noun, after "ở"
    ("Mưa lớn kéo dài ở Quỳ Hợp và Tương Dương.", {("LOC", "Quỳ Hợp"), ("LOC", "Tương Dương")}),
    (
        "Các huyện: Hà Trung, Nga Sơn, Hậu Lộc và Vĩnh Lộc bị ngập sâu.",
        {("LOC", "Hà Trung"), ("LOC", "Nga Sơn"), ("LOC", "Hậu Lộc"), ("LOC", "Vĩnh Lộc")},
    ),
    ("Hoài Đức có 20 xã đạt chuẩn nông thôn mới.", {("LOC", "Hoài Đức")}),
    # both ways of placing the tone
    ("Lũ về Hoà Vang trong đêm.", {("LOC", "Hoà Vang")}),
    ("Lũ về Hòa Vang trong đêm.", {("LOC", "Hòa Vang")}),
    # a ward named after a district, with a letter
    ("Căn hộ ở phường Phước Long B có giá cao.", {("LOC", "Phước Long B")}),
    # a former province
    ("Pháo nổ ở biên giới Hà Tuyên suốt mùa hè.", {("LOC", "Hà Tuyên")}),
    # the district's name as a person's: after a title, inside a full name, speaking
    ("Chị Hoài Đức cho biết gia đình đã về quê.", {("PER", "Hoài Đức")}),
    ("Anh Nguyễn Hoài Đức, 30 tuổi, bị thương.", {("PER", "Nguyễn Hoài Đức")}),
    ("Bà Hoàng Mai Anh đến dự buổi lễ.", {("PER", "Hoàng Mai Anh")}),
    ("Ca sĩ Quỳ Hợp ra mắt album mới.", {("PER", "Quỳ Hợp")}),
    ("Thái Hòa cho biết anh sẽ đóng phim mới.", {("PER", "Thái Hòa")}),
    # a photographer's or a reporter's name that is a district's
    ("Cánh đồng lúa chín vàng. Ảnh: An Minh", {("PER", "An Minh")}),
    ("Đội nhà vươn lên thứ ba (Ảnh: Gia Hưng).", {("PER", "Gia Hưng")}),
    ("Từ đường chuyền của trung vệ Thanh Bình, đội nhà ghi bàn.", {("PER", "Thanh Bình")}),
    # world places: countries in Vietnamese and English, cities, US states
    ("Phái đoàn thăm Thành Đô và Tứ Xuyên.", {("LOC", "Thành Đô"), ("LOC", "Tứ Xuyên")}),
    ("Bão đổ bộ vào Massachusetts hôm qua.", {("LOC", "Massachusetts")}),
    ("Hội nghị diễn ra ở Visakhapatnam tuần trước.", {("LOC", "Visakhapatnam")}),
    ("Chuyến bay tới Greenland bị hủy.", {("LOC", "Greenland")}),
    # a foreign city's name next to a foreign name is part of that name
    ("Brooklyn Beckham hẹn hò người mẫu.", {("PER", "Brooklyn Beckham")}),
    ("Nhà khoa học tại Đại học Wisconsin-Madison nói.", {("ORG", "Đại học Wisconsin-Madison")}),
    # a school named after its district; a body named with its district and its province, or
    # with the two ends of its road
    ("Em học trường THPT Văn Giang từ năm ngoái.", {("ORG", "THPT Văn Giang")}),
    (
        "Bệnh nhân được đưa tới Trung tâm Y tế huyện Cam Lâm tỉnh Khánh Hòa.",
        {("ORG", "Trung tâm Y tế huyện Cam Lâm tỉnh Khánh Hòa")},
    ),
    (
        "Ông Tú, Phó giám đốc Ban quản lý dự án cao tốc Cam Lâm – Vĩnh Hảo, cho biết.",
        {("ORG", "Ban quản lý dự án cao tốc Cam Lâm – Vĩnh Hảo")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= spans(text)


def test_a_school_level_before_a_country_is_no_school() -> None:
    found = spans("Học sinh theo chương trình song bằng THCS Việt Nam và Cambridge.")
    assert ("LOC", "Việt Nam") in found


def test_a_plant_named_by_a_known_place_keeps_its_extension_not_the_verb() -> None:
    assert ("ORG", "Nhà máy nhiệt điện Uông Bí mở rộng") in spans(
        "Nhà máy nhiệt điện Uông Bí mở rộng sẽ hòa lưới năm sau."
    )
    assert ("ORG", "Nhà máy thủy điện Sơn La") in spans(
        "Nhà máy thủy điện Sơn La mở rộng thêm hai tổ máy."
    )


def test_a_ship_named_after_a_place_is_no_place() -> None:
    assert ("LOC", "San Juan") not in spans("Hải quân vẫn tìm kiếm tàu San Juan.")
    assert ("LOC", "Ohio") not in spans("Tàu ngầm lớp Ohio mang tên lửa hành trình.")
    assert ("LOC", "Minnesota") not in spans("Tàu ngầm USS Minnesota được hạ thủy.")


def test_a_place_word_keeps_a_district_a_place_when_a_person_bears_its_name() -> None:
    text = "Diễn viên Thái Hòa đóng phim mới. Thái Hòa kể lại. Anh về thị xã Thái Hòa thăm quê."
    assert [e.label for e in analyze(text).entities] == ["PER", "PER", "LOC"]


def test_a_district_after_a_place_word_stays_a_place_when_its_office_speaks() -> None:
    text = "Ông Thọ, Trưởng phòng Kinh tế thị xã Vĩnh Châu cho biết: lúa đã thu hoạch."
    assert ("LOC", "Vĩnh Châu") in spans(text)


def test_a_district_after_a_title_of_a_group_stays_a_place() -> None:
    assert ("LOC", "Vị Xuyên") in spans("Đoàn viếng nghĩa trang liệt sĩ Vị Xuyên hôm qua.")


def test_a_well_known_place_that_speaks_stays_a_place() -> None:
    assert ("PER", "Lào Cai") not in spans("Đại diện phòng giáo dục TP. Lào Cai nói thêm.")


def test_a_big_city_is_a_club_in_sport() -> None:
    found = spans("Trận cầu hấp dẫn: Fulham hòa Birmingham 0-0 trên sân nhà.")
    assert ("ORG", "Birmingham") in found


def test_a_world_city_keeps_the_key_of_its_other_spelling() -> None:
    keys = {e.text: e.key for e in analyze("Hàng xuất sang Séc, tức Czechia, tăng.").entities}
    assert keys.get("Czechia") == keys.get("Séc") == "LOC:sec"


def test_the_public_lists_are_loaded() -> None:
    g = gazetteer()
    assert {"hoai duc", "quy hop", "ha trung"} <= g.districts
    assert "visakhapatnam" in g.world_places
    assert "gia lai" in g.club_places
