"""A diocese, an archdiocese, a church and a congregation are organisations, whole ("Giáo
phận Vinh", "Tổng Giáo phận Hà Nội", "Giáo hội Phật giáo Việt Nam", "Hội thánh Tin lành
Gia Lai"), even after a bishop's title and
when named like a person ("Giáo phận Bùi Chu"); the city a diocese is named by stays a place
alone. Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Giám mục Giáo phận Vinh đã gửi thư chúc mừng các gia đình.", "Giáo phận Vinh"),
        ("Tổng Giáo phận Hà Nội tổ chức lễ tạ ơn chiều qua.", "Tổng Giáo phận Hà Nội"),
        ("Đức Giám mục Giáo phận Bùi Chu đã chủ sự thánh lễ.", "Giáo phận Bùi Chu"),
        (
            "Giáo hội Phật giáo Việt Nam đề nghị các chùa giảm đốt vàng mã.",
            "Giáo hội Phật giáo Việt Nam",
        ),
        ("Hội thánh Tin lành Gia Lai vừa tổ chức lễ Giáng sinh.", "Hội thánh Tin lành Gia Lai"),
    ],
)
def test_a_religious_body_is_one_organisation(text: str, body: str) -> None:
    assert found(text) == [(body, "ORG")]


def test_the_city_of_a_diocese_stays_a_place_alone() -> None:
    assert found("Tổng giáo phận Baltimore có trụ sở tại Baltimore từ lâu.") == [
        ("Tổng giáo phận Baltimore", "ORG"),
        ("Baltimore", "LOC"),
    ]
