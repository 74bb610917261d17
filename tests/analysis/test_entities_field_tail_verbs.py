"""A field in capitals goes on in lower case to the body's place only through name words
("Trung tâm Phát triển quỹ đất huyện Đông Anh"); a verb after the field ends the name and the
place stands apart ("Trung tâm Y tế thăm bệnh nhân huyện Củ Chi"). Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Trung tâm Y tế thăm bệnh nhân huyện Bình Chánh.", "Trung tâm Y tế", "Bình Chánh"),
        ("Hội Nông dân giúp bà con tỉnh Lào Cai.", "Hội Nông dân", "Lào Cai"),
        ("Bệnh viện Đa khoa nhận bệnh nhân tỉnh Đồng Tháp.", "Bệnh viện Đa khoa", "Đồng Tháp"),
    ],
)
def test_a_verb_after_a_field_in_lower_case_ends_the_name(text: str, body: str, place: str) -> None:
    assert found(text) == [(body, "ORG"), (place, "LOC")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hội Cựu chiến binh huyện Thạch Hà tổ chức đại hội.", "Hội Cựu chiến binh huyện Thạch Hà"),
        (
            "Chi cục Hải quan cửa khẩu quốc tế Móng Cái vừa bắt giữ lô hàng.",
            "Chi cục Hải quan cửa khẩu quốc tế Móng Cái",
        ),
        (
            "Hiệp hội Vận tải ô tô tỉnh Bình Định có kiến nghị.",
            "Hiệp hội Vận tải ô tô tỉnh Bình Định",
        ),
    ],
)
def test_name_words_after_the_field_still_reach_the_place(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("UBND Vinh chủ trì hội nghị sơ kết.", "UBND Vinh"),
        ("Giáo phận Vinh chủ trì thánh lễ.", "Giáo phận Vinh"),
        ("Đảng Dân chủ thắng ở bang này.", "Đảng Dân chủ"),
    ],
)
def test_a_two_syllable_verb_after_an_unknown_capital_ends_the_body(text: str, body: str) -> None:
    first = analyze(text).entities[0]
    assert (first.text, first.label) == (body, "ORG")
