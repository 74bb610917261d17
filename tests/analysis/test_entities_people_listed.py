"""People listed with people (issue 9): in a list of names where at least two are people,
every name labelled is one and they are no fewer than the names left, a name left unlabelled
is a person too: two or three Vietnamese syllables ("Xuân Trường" among footballers), or one
foreign word in a text about sport (a team's line-up). Not an English phrase, not a list
announced by a noun of bodies ("các công ty như …") or of streets ("các tuyến phố như …"),
and not a list with a place in it. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "HLV đã gọi những Văn Quyết, Công Thành, Xuân Trường và Đình Trọng lên tuyển.",
            "Xuân Trường",
        ),
        ("Chương trình có các ca sĩ: Lan Ngọc, Cẩm Vân, Mỹ Hạnh, Đức Tuấn.", "Lan Ngọc"),
        (
            "Đội hình ra sân của đội khách: Stevano, Kyle Walker, John Stones, Laportel, "
            "Harry Kane.",
            "Stevano",
        ),
    ],
)
def test_a_name_left_in_a_list_of_people_is_a_person(text: str, person: str) -> None:
    assert (person, "PER") in labelled(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # one foreign word outside sport: a band, not a person
        ("Anh từng chụp ảnh các ban nhạc như Beatles, Mick Jagger và Bob Dylan.", "Beatles"),
        # an English phrase
        ("Anh thích Tom Hanks, Meryl Streep, Garden Court và Brad Pitt.", "Garden Court"),
        # more names left than people known
        ("Các món như Bún Chả, Phở Cuốn, Minh Khai Hùng, Nguyễn Văn An được bán.", "Bún Chả"),
        # firms named after people
        ("Các công ty như Văn Quyết, Công Thành, Xuân Trường đều xuất khẩu.", "Xuân Trường"),
        # a street of Hà Nội's old quarter among streets named after people
        ("Khu phố cổ (gồm Hàng Mứt, Hàng Khay, Lương Văn Can, Đinh Liệt) rất đông.", "Hàng Mứt"),
    ],
)
def test_not_a_list_of_people(text: str, left: str) -> None:
    assert (left, "PER") not in labelled(text)
