"""Some papers of the 2010s write the heads of ministries, departments and agencies in lower
case ("bộ Công Thương", "sở Y tế TP.HCM", "cục Quản lý cạnh tranh", "tổng cục Hải quan"): the
name after the head is the body, the lower-case head left out (guideline rule 13). A word
that holds such a syllable is no head ("trụ sở", "cơ sở", "xứ sở", "chủ sở hữu", "bưu cục",
"cục bộ", "rốt cục", "toàn bộ", "cán bộ"), and the departments of every province ("các sở
GD-ĐT") name none. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 5/9, cục Quản lý cạnh tranh, bộ Công Thương đã xử phạt.", ("Công Thương", "ORG")),
        (
            "Ngày 5/9, cục Quản lý cạnh tranh, bộ Công Thương đã xử phạt.",
            ("Quản lý cạnh tranh", "ORG"),
        ),
        ("Theo sở Y tế TP.HCM, số ca mắc tăng.", ("Y tế TP.HCM", "ORG")),
        ("Theo tổng cục Hải quan, kim ngạch tăng.", ("Hải quan", "ORG")),
        ("Thứ trưởng bộ Tài chính Lê Văn Hùng cho biết.", ("Tài chính", "ORG")),
        ("Thủ tướng yêu cầu bộ Công an điều tra.", ("Công an", "ORG")),
    ],
)
def test_a_body_with_its_head_in_lower_case(text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông đến trụ sở Công an TP để trình báo.",
        "Toàn bộ Công an tỉnh đã vào cuộc.",
        "Ông là cán bộ Công an huyện.",
        "Các sở GD-ĐT sẽ có những biện pháp xử lý.",
        "Rốt cục Mây Trắng đã không thể trụ được.",
        "Hệ thống dùng mạng cục bộ ảo (VLNX) để kết nối.",
        "Tỷ suất lợi nhuận trên vốn chủ sở hữu (ROEX) là 5%.",
    ],
)
def test_a_word_holding_the_syllable_is_no_head(text: str) -> None:
    found = entities(text)
    assert not any(
        label == "ORG" and text_ in ("GD-ĐT", "VLNX", "ROEX", "Mây Trắng") for text_, label in found
    ), found


def test_the_guesthouse_and_post_office_stay_places() -> None:
    assert ("Xuân Thới Thượng", "ORG") not in entities("Anh bắt đầu với bưu cục Xuân Thới Thượng.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 học sinh trường Tiểu học Hồng Vân bị ngộ độc.", ("Tiểu học Hồng Vân", "ORG")),
        ("Con tôi học tại trường Nguyễn Văn Tố ở quận 3.", ("Nguyễn Văn Tố", "ORG")),
        ("Giáo sư đại học Kearney cho rằng thuế sẽ tăng.", ("Kearney", "ORG")),
        (
            "Dự án thành lập Trường ĐH Dân lập Đại Minh được triển khai.",
            ("Trường ĐH Dân lập Đại Minh", "ORG"),
        ),
    ],
)
def test_a_school_with_its_head_in_lower_case(text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Mỹ tiến vào thị trường Nhật Bản.",
        "Học sinh nộp đơn tại trường THCS đang học.",
        "Hai nhóm gây gổ tại vũ trường Blue Sky.",
        "Hiệu trưởng nhà trường Antonella Carletti phủ nhận.",
    ],
)
def test_a_word_holding_truong_is_no_school(text: str) -> None:
    assert not any(label == "ORG" for _, label in entities(text) if _ != "Công ty Mỹ")


@pytest.mark.parametrize(
    "text",
    [
        "Một sở GD-ĐT đã xin ý kiến về việc này.",
        "Khẩu súng trường AK bị thu giữ tại nhà.",
        "Anh có bằng đại học Luật từ năm 2010.",
        "Cô theo học tại một trường Hồi giáo ở ngoại ô.",
        "Toàn bộ sinh viên trường Y được huy động.",
        "Đại uý tập luyện tại thao trường Chu Hải.",
    ],
)
def test_any_body_or_a_school_s_kind_names_none(text: str) -> None:
    found = entities(text)
    assert not any(label == "ORG" for _, label in found), found


def test_a_capitalised_head_keeps_its_lower_case_last_word() -> None:
    assert ("Chi cục Kiểm lâm Gia Lai", "ORG") in entities(
        "Theo Chi cục Kiểm lâm Gia Lai, rừng bị chặt."
    )


def test_a_school_s_kind_then_its_field_then_its_name() -> None:
    found = entities("Ông Tuấn, Hiệu trưởng trường Cao đẳng nghề Yên Bình, cho hay.")
    assert ("Cao đẳng nghề Yên Bình", "ORG") in found
