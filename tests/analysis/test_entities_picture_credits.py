"""A picture credit after its caption ("… tỉnh Bến Tre - Ảnh: QUỐC VINH", "- Ảnh minh họa")
starts with "Ảnh" (photo), which is no place joined to the caption's last place across the
dash. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Người dân thu hoạch lúa ở tỉnh An Giang - Ảnh: MINH KHÔI",
            {("LOC", "An Giang"), ("PER", "MINH KHÔI")},
        ),
        (
            "Tàu hải quân Nhật Bản diễn tập - Ảnh: REUTERS",
            {("LOC", "Nhật Bản"), ("ORG", "REUTERS")},
        ),
        ("Một góc phố cổ Hội An - Ảnh minh họa", {("LOC", "Hội An")}),
        ("Khách tham quan Đà Lạt - ẢNH: TƯ LIỆU", {("LOC", "Đà Lạt")}),
        ("Ảnh hưởng của bão số 3 rất lớn.", set()),
    ],
)
def test_a_picture_credit_is_no_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a photographer whose name starts with a country named short, then the paper
        (
            "Nông dân gặt lúa sớm (Ảnh: Nhật Minh/Lao động).",
            {("PER", "Nhật Minh"), ("ORG", "Lao động")},
        ),
        ("Cánh đồng sau mưa. Ảnh: Thái Bảo", {("PER", "Thái Bảo")}),
        # a country's whole name stays a place; a site after a slash is no paper
        ("Cảnh sông nước (Ảnh: Nhật Bản/TTXVN).", {("LOC", "Nhật Bản"), ("ORG", "TTXVN")}),
        ("Video: VK/militaryblog Sau đó đoàn xe rời đi.", set()),
    ],
)
def test_a_credit_named_with_a_countrys_syllable_is_a_person(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert spans(text) == expected
