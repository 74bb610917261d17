"""A ministry or a department whose field has two halves, the second written in lower case
after "và", a dash or a comma ("Bộ Kế hoạch và đầu tư", "Sở Tài nguyên - môi trường TP Đà
Nẵng"; the style of much news of the 2010s), is one organisation with its place; a verb after
a complete name stays out. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hồ sơ đã được gửi tới Bộ Kế hoạch và đầu tư từ tháng trước.", "Bộ Kế hoạch và đầu tư"),
        ("Theo Sở Tài nguyên - môi trường, khu đất chưa được giao.", "Sở Tài nguyên - môi trường"),
        (
            "Lãnh đạo Sở Tài nguyên – môi trường tỉnh Gia Lai đã đi kiểm tra.",
            "Sở Tài nguyên – môi trường tỉnh Gia Lai",
        ),
        (
            "Danh mục nghề này do Bộ Lao động - thương binh và xã hội ban hành.",
            "Bộ Lao động - thương binh và xã hội",
        ),
        (
            "Kế hoạch được Sở Văn hóa, thể thao và du lịch Đà Nẵng trình lên.",
            "Sở Văn hóa, thể thao và du lịch Đà Nẵng",
        ),
        (
            "Đoàn kiểm tra của Sở Nông nghiệp và phát triển nông thôn Long An đã đến.",
            "Sở Nông nghiệp và phát triển nông thôn Long An",
        ),
        (
            "Phòng Giáo dục - đào tạo huyện Sóc Sơn vừa có văn bản.",
            "Phòng Giáo dục - đào tạo huyện Sóc Sơn",
        ),
        ("Theo Sở Quy hoạch - kiến trúc TP HCM, đồ án đã xong.", "Sở Quy hoạch - kiến trúc TP HCM"),
    ],
)
def test_a_field_ending_in_lower_case_stays_in_the_name(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_the_title_and_the_person_stay_apart() -> None:
    text = "Thứ trưởng Bộ Thông tin - truyền thông Lê Văn Bình đã trả lời."
    assert found(text) == [("Bộ Thông tin - truyền thông", "ORG"), ("Lê Văn Bình", "PER")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a verb after a complete name: "xây dựng" is what the ministry does
        ("Bộ Công thương và xây dựng báo cáo gửi Chính phủ.", "Bộ Công thương"),
        # a field with no second half of its own ends where it ends
        ("Sở Y tế và các bệnh viện đã họp.", "Sở Y tế"),
    ],
)
def test_other_lower_case_words_after_a_ministry_stay_out(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)
