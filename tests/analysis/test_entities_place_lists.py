"""A name in a list whose other names are places is a place (guideline rules 73b, 94): the
communes, ports and lakes news lists after the places the gazetteer knows. Made-up
sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Đoàn đã đến Hà Nội, Bắc Ninh, Xuân Lãng và Tây Lạc.",
        {
            ("LOC", "Hà Nội"),
            ("LOC", "Bắc Ninh"),
            ("LOC", "Xuân Lãng"),
            ("LOC", "Tây Lạc"),
        },
    ),
    # a foreign name of one word, after a list's opener
    (
        "Tàu ghé các cảng như Kelbran, Manila và Bangkok.",
        {("LOC", "Kelbran"), ("LOC", "Manila"), ("LOC", "Bangkok")},
    ),
    # the last name ends before a function word; a comma may stand before "và"
    (
        "Lũ cô lập Hà Nội, Bắc Ninh và Hải Quang bị ngập sâu.",
        {("LOC", "Hà Nội"), ("LOC", "Bắc Ninh"), ("LOC", "Hải Quang")},
    ),
    (
        "Đoàn đã đến Hà Nội, Huế, và Xuân Lãng.",
        {("LOC", "Hà Nội"), ("LOC", "Huế"), ("LOC", "Xuân Lãng")},
    ),
    # not a person in the list, one place only, a name that goes on, a shop's name first
    ("Ông Nam, Hà Nội, và chị Lụa đã đến.", {("PER", "Nam"), ("LOC", "Hà Nội"), ("PER", "Lụa")}),
    ("Họ đến Hà Nội, Xuân Lãng và Tây Lạc.", {("LOC", "Hà Nội")}),
    (
        "Mỹ làm việc với Ai Cập, Bahrain và Các Tiểu vương quốc khác.",
        {("LOC", "Mỹ"), ("LOC", "Ai Cập"), ("LOC", "Bahrain")},
    ),
    (
        "Chủ phòng khám Sao Mai, Gò Vấp, TP HCM cho hay.",
        {("ORG", "Sao Mai"), ("LOC", "Gò Vấp"), ("LOC", "TP HCM")},
    ),
    # one known place is enough after a noun of places ("ba nước:", "các xã gồm")
    (
        "Ông thăm ba nước: Kelbria, Marovia và Nam Phi.",
        {("LOC", "Kelbria"), ("LOC", "Marovia"), ("LOC", "Nam Phi")},
    ),
    ("Ông thăm Kelbria, Marovia và Nam Phi.", {("LOC", "Nam Phi")}),
    # a single Vietnamese word or an acronym is no place of a list
    (
        "Ông Lâm, 18 tuổi, Nam, Tây Sơn, Bình Định, đã đến.",
        {("PER", "Lâm"), ("LOC", "Tây Sơn"), ("LOC", "Bình Định")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places_listed_with_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_list_announced_by_a_firms_noun_is_of_firms() -> None:
    found = spans("Ba công ty là Hà Nội, Bắc Ninh và Hồng Phát đã thắng thầu.")
    assert ("LOC", "Hồng Phát") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list announced by a division's noun and a colon names places, every name of it,
        # those the scan took for people too
        (
            "Hồ thuộc địa phận bốn xã: Hợp Phước, Tuy An, Hồng Sơn, Thượng Lâm, gồm hồ lớn.",
            {
                ("LOC", "Hợp Phước"),
                ("LOC", "Tuy An"),
                ("LOC", "Hồng Sơn"),
                ("LOC", "Thượng Lâm"),
            },
        ),
        (
            "Dự án đi qua các thị trấn: Tân Lạc, Hòa Phú và Phú Mỹ.",
            {("LOC", "Tân Lạc"), ("LOC", "Hòa Phú"), ("LOC", "Phú Mỹ")},
        ),
        # people announced by another noun, or named with a middle name: still people
        (
            "Giải thưởng được trao cho ba người: Hồng Sơn, Thu Trang và Minh Anh.",
            {("PER", "Hồng Sơn"), ("PER", "Thu Trang"), ("PER", "Minh Anh")},
        ),
        (
            "Lũ cuốn trôi nhà ở ấp: Nguyễn Văn An, Trần Thị Bé.",
            {("PER", "Nguyễn Văn An"), ("PER", "Trần Thị Bé")},
        ),
    ],
)
def test_places_announced_by_a_division(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.label, e.text) for e in analyze(text).entities} == expected
