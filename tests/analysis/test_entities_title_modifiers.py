"""A person's title qualified before the person still names them: "ca sĩ trẻ Minh Thư",
"hoa hậu chuyển giới Hoài Thu", "nhạc sĩ lão thành Quang Vinh", "đạo diễn nổi tiếng Kurosawa"
are people (were left unlabelled where the name alone says nothing); a place after the words
stays a place ("nghệ sĩ trẻ Hà Nội"), and a title after a group ("nhóm kỹ sư trẻ X") names no
one person. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Đêm nhạc có sự góp mặt của ca sĩ trẻ Minh Thư.", "Minh Thư"),
        ("Hoa hậu chuyển giới Hoài Thu vừa lên tiếng.", "Hoài Thu"),
        ("Nhạc sĩ lão thành Quang Vinh vừa qua đời.", "Quang Vinh"),
        ("Đạo diễn nổi tiếng Kurosawa từng nói như vậy.", "Kurosawa"),
        ("Bộ phim có nam diễn viên trẻ Kang Ha Joon.", "Kang Ha Joon"),
    ],
)
def test_a_qualified_title_names_its_person(text: str, person: str) -> None:
    assert (person, "PER") in entities(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nghệ sĩ trẻ Hà Nội đã có mặt từ sớm.", "Hà Nội"),
        ("Cầu thủ trẻ Việt Nam đành chấp nhận thất bại.", "Việt Nam"),
    ],
)
def test_a_place_after_the_words_stays_a_place(text: str, place: str) -> None:
    assert (place, "LOC") in entities(text)


def test_a_group_before_the_title_names_no_person() -> None:
    assert not any(label == "PER" for _, label in entities("Sản phẩm của nhóm kỹ sư trẻ Vitron."))
