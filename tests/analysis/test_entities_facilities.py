"""Overpasses, toll stations, fishing ports, pumping stations, churches, apartment blocks,
mines and new urban areas are places named after their lower-case word ("cầu vượt Cây Gõ",
"trạm thu phí Bến Thủy", "chung cư Gold View", "mỏ Bạch Hổ"; GUIDELINE rules 15 and 62),
but not after petroleum, a mining trade or a lost dot ("dầu mỏ Nga", "nghề mỏ", "mỏ Các
nhân viên …"); a place word right after a title names the office's place, not a person
("giám đốc khách sạn Bình Minh", "chủ tịch xã Cư Đrăm"), while a person named after the
place, or instead of it, stays a person; a board its head's title names is named whole
("Trưởng Ban quản lý Khu kinh tế …"). Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Xe tải lật ngay chân cầu vượt Hòa Cầm lúc sáng sớm.", "Hòa Cầm"),
        ("Tài xế dừng xe phản đối tại trạm thu phí Tân Đệ.", "Tân Đệ"),
        ("Tàu cá cập cảng cá Lạch Bạng với nhiều tôm.", "Lạch Bạng"),
        ("Cư dân chung cư Sunrise Tower phản đối phí gửi xe.", "Sunrise Tower"),
        ("Khu dân cư Phú Lợi bị ngập sau cơn mưa.", "Phú Lợi"),
        ("Trạm bơm Yên Nghĩa đã chạy hết công suất.", "Yên Nghĩa"),
        ("Giáo dân đến nhà thờ Hàm Long dự lễ.", "Hàm Long"),
        ("Tay súng xông vào nhà thờ Hồi giáo Al-Rahma.", "Al-Rahma"),
        ("Bức tranh vẽ nhà thờ Chính tòa Phát Diệm.", "Phát Diệm"),
        ("Cảnh sát phong tỏa bên ngoài nhà thờ St. Patrick.", "St. Patrick"),
        ("Người dân chặn xe rác vào bãi rác Xuân Sơn.", "Xuân Sơn"),
        ("Nước ở bãi tắm Cửa Lò vượt ngưỡng cho phép.", "Cửa Lò"),
        ("Nổ mìn ở mỏ đá Hóa An làm nứt nhà dân.", "Hóa An"),
        ("Cư dân chung cư cao cấp Rivera Gold phản đối.", "Rivera Gold"),
        # mines and oil fields, new urban areas
        ("Sản lượng khai thác ở mỏ Hải Sư Trắng tăng mạnh.", "Hải Sư Trắng"),
        ("Thợ lò của mỏ than Khe Chàm đã vào ca.", "Khe Chàm"),
        ("Cư dân khu đô thị mới Định Công phản đối.", "Định Công"),
        # a beach or a hamlet named by its side, a mine named by its mineral first
        ("Du khách đổ về bãi Sau tắm biển.", "Sau"),
        ("Nước lũ tràn vào thôn Trong từ đêm qua.", "Trong"),
        ("Mỏ Apatit Lào Cai tăng sản lượng.", "Lào Cai"),
        ("Dự án mỏ sắt Thạch Khê bị dừng.", "Thạch Khê"),
        # a mine's own name that starts with a mineral's word
        ("Khai thác vàng trái phép ở mỏ Đồng Bưa.", "Đồng Bưa"),
    ],
)
def test_a_facility_is_named_after_its_word(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Hiệp, giám đốc khách sạn Sao Mai, cho biết phòng đã kín.",
            [("Hiệp", "PER"), ("Sao Mai", "LOC")],
        ),
        ("Chủ tịch xã Ea Tu đã ký quyết định.", [("Ea Tu", "LOC")]),
        (
            "Ông Toti, thống đốc vùng Umbria, nói về trận động đất.",
            [("Toti", "PER"), ("Umbria", "LOC")],
        ),
    ],
)
def test_a_place_word_after_a_title_names_the_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chủ tịch thành phố Nguyễn Văn Hòa chỉ đạo khắc phục.", "Nguyễn Văn Hòa"),
        ("Đại biểu tỉnh Long An Trần Văn Bảy phát biểu.", "Trần Văn Bảy"),
        ("Thống đốc bang Brent Rowley đã ký luật.", "Brent Rowley"),
        ("Chủ tịch xã Sùng A Páo cho biết đã hỗ trợ gạo.", "Sùng A Páo"),
        ("Cô kể về ông xã Minh Khôi trong buổi họp báo.", "Minh Khôi"),
    ],
)
def test_a_person_after_or_instead_of_the_place_stays_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)


def test_a_korean_given_name_is_no_cave_or_port() -> None:
    text = "Đội tuyển dưới sự dẫn dắt của HLV Park Hang Seo giành chiến thắng."
    assert ("Park Hang Seo", "PER") in found(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Cán bộ Đồn Biên phòng Nậm Cắn giúp dân dựng nhà.", "Đồn Biên phòng Nậm Cắn"),
        ("Lãnh đạo Đồn biên phòng Cửa Tùng cho biết.", "Đồn biên phòng Cửa Tùng"),
        # a border gate named in lower case after the post's head is part of its name
        ("Đồn Biên phòng cửa khẩu Xa Mát bắt giữ 2 người.", "Đồn Biên phòng cửa khẩu Xa Mát"),
        (
            "Cán bộ Đồn Biên phòng cửa khẩu quốc tế Mộc Bài tuần tra.",
            "Đồn Biên phòng cửa khẩu quốc tế Mộc Bài",
        ),
        (
            "Trạm Kiểm soát biên phòng cửa khẩu Hoa Lư phát hiện xe.",
            "Trạm Kiểm soát biên phòng cửa khẩu Hoa Lư",
        ),
        # forest rangers' and commune health posts: the head holds their field
        ("Hạt Kiểm lâm huyện Tuy Đức đã lập biên bản.", "Hạt Kiểm lâm huyện Tuy Đức"),
        ("Một cán bộ Hạt Kiểm lâm Tân Phú cho biết.", "Hạt Kiểm lâm Tân Phú"),
        ("Cháu bé được đưa vào Trạm Y tế xã Phú Mỹ cấp cứu.", "Trạm Y tế xã Phú Mỹ"),
        ("Người dân tiêm tại Trạm Y tế phường 7.", "Trạm Y tế phường 7"),
    ],
)
def test_a_border_post_is_an_organisation(text: str, org: str) -> None:
    assert (org, "ORG") in found(text)


def test_a_post_named_by_its_kind_alone_is_no_organisation() -> None:
    assert found("Gia đình đã báo cho Trạm Y tế xã và Hạt Kiểm lâm huyện.") == []


def test_a_northern_village_after_tai_but_no_version() -> None:
    assert found("Người dân ở bản Khăm đã tìm thấy em bé.") == [("Khăm", "LOC")]
    assert found("Anh đã đọc bản Kẻ Sùng nhiều lần.") == []


def test_petroleum_is_no_mine() -> None:
    # "dầu mỏ" is petroleum: the country after it is no mine's name
    assert found("Người phát ngôn tập đoàn dầu mỏ Nga Rusoil, ông Ivan Petrov, cho biết.") == [
        ("Nga", "LOC"),
        ("Ivan Petrov", "PER"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a mining trade, a ministry's field: no mine named after "mỏ"
        "Trường cao đẳng nghề mỏ Hồng Lam tuyển sinh khóa mới.",
        "Bộ trưởng Năng lượng và Mỏ Lào Bounkham cho biết.",
        # a dot lost after the place word: the next sentence's first word is no name
        "Hai người vẫn kẹt trong mỏ Các nhân viên cứu hộ chưa vào được.",
    ],
)
def test_no_mine_named(text: str) -> None:
    assert not [name for name, label in found(text) if label == "LOC"]


def test_a_board_after_its_head_title_is_named_whole() -> None:
    assert found("Ông Lâm, Trưởng Ban quản lý Khu kinh tế Vân Hải, cho biết.") == [
        ("Lâm", "PER"),
        ("Ban quản lý Khu kinh tế Vân Hải", "ORG"),
    ]
