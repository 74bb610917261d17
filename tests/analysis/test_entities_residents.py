"""The people of a province, a city or a district of Vietnam keep their place ("người Nghệ
An" → LOC "Nghệ An"; guideline rule 41a), where a country's people are a nationality and name
no place ("người Việt", "người Mỹ"; rule 40). Made-up sentences (none is a sentence of a
benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def places(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "LOC"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Người Quảng Bình vẫn giữ món bánh bột lọc trong ngày Tết.", ["Quảng Bình"]),
        ("Ba hành khách là người Cần Thơ đã được cách ly.", ["Cần Thơ"]),
        ("Hai vợ chồng đều là người Huế vào Đà Nẵng lập nghiệp.", ["Huế", "Đà Nẵng"]),
        ("Món phở gắn bó với người Hà Nội từ lâu.", ["Hà Nội"]),
    ],
)
def test_the_people_of_a_place_in_vietnam_keep_it(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Người Việt ở nước ngoài gửi tiền về quê ăn Tết.",
        "Nhiều người Mỹ và người Nhật đến xem hội chợ.",
        "Người Việt Nam có thói quen uống trà.",
    ],
)
def test_a_countrys_people_name_no_place(text: str) -> None:
    assert places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Khán giả còn nhớ anh trong phim Người Quảng Bình, rồi Giọt lệ Hạ Long.",
        "Tác giả vừa ra mắt tuyển tập bút ký Người Cần Thơ bất đắc dĩ.",
    ],
)
def test_a_capitalised_nguoi_inside_a_sentence_opens_a_title(text: str) -> None:
    assert "Quảng Bình" not in places(text)
    assert "Cần Thơ" not in places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nation as a people names no place (rule 84), a region's peoples keep the region
        ("Đảng dẫn dắt dân tộc Việt Nam đi từ thắng lợi này đến thắng lợi khác.", []),
        ("Đại biểu trung thành với lợi ích của dân tộc VN.", []),
        ("Đại hội đoàn kết các dân tộc Tây Nguyên khai mạc sáng nay.", ["Tây Nguyên"]),
        # the peoples of a country, a party: the place stays
        ("Ông tiếp xúc với 49 trên 54 nhóm dân tộc Việt Nam.", ["Việt Nam"]),
        ("Thủ lĩnh đảng dân tộc Malaysia phát biểu.", ["Malaysia"]),
        ("Dân tộc Việt Nam là một khối thống nhất.", []),
    ],
)
def test_a_nation_as_a_people(text: str, expected: list[str]) -> None:
    assert places(text) == expected
