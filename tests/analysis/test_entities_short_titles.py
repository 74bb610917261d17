"""Titles written short in capitals before a name (issue 9): "NTK" (nhà thiết kế, a designer),
"DJ" (a disc jockey) and "ĐB" (đại biểu, a delegate, as "ĐBQH" is) announce a person, and the
title stays out of the span ("NTK Minh Hạnh" was one organisation). Like "MC", they are titles
only in capitals. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bộ sưu tập mới của NTK Lê Thanh Hòa gây chú ý tại tuần lễ thời trang.", "Lê Thanh Hòa"),
        ("Theo NTK Công Trí, chất liệu lụa vẫn được ưa chuộng.", "Công Trí"),
        ("Đêm nhạc có sự góp mặt của DJ Trang Moon.", "Trang Moon"),
        ("Cô hâm mộ DJ Armin van Buuren từ nhỏ.", "Armin van Buuren"),
        ("ĐB Phạm Văn Tám (Bình Định) đề nghị làm rõ trách nhiệm.", "Phạm Văn Tám"),
        ("Trả lời ĐB Tám, Bộ trưởng cho biết sẽ kiểm tra lại.", "Tám"),
    ],
)
def test_a_short_title_announces_a_person(text: str, person: str) -> None:
    found = labelled(text)
    assert (person, "PER") in found
    assert not any(name.split()[0] in {"NTK", "DJ", "ĐB"} for name, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # only in capitals: a brand written "Dj …" is no disc jockey
        ("Sản phẩm của hãng Dj Tech được bán khắp châu Âu.", "Tech"),
        # a place after the title is no person: a contest named after its city
        ("Chương trình DJ Hà Nội thu hút nhiều bạn trẻ.", "Hà Nội"),
    ],
)
def test_not_a_title_unless_in_capitals(text: str, name: str) -> None:
    assert (name, "PER") not in labelled(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CTO Đỗ Minh Khoa cho biết hệ thống đã chạy ổn định.", {("Đỗ Minh Khoa", "PER")}),
        # a chief's title in brackets after its Vietnamese words is no organisation
        ("Bà được bổ nhiệm làm giám đốc vận hành (COO) từ tháng trước.", set()),
    ],
)
def test_chief_officers_are_titles(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected


def test_cio_is_no_title_a_body_may_bear_it() -> None:
    # Zimbabwe's intelligence service, a union federation: "CIO" names bodies in the news
    text = "Tổ chức Tình báo Trung ương (CIO) của Zimbabwe bị cáo buộc."
    assert ("CIO", "ORG") in labelled(text)
