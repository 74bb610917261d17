"""Museums, halls, theatres, hotels and centres right after "tại" or "ở" are the venue where
something is held, LOC whole; elsewhere they are bodies (issue 9; guideline rules 84, 86,
109). Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Triển lãm gốm mở tại Bảo tàng Lịch sử Quốc gia.", "Bảo tàng Lịch sử Quốc gia"),
        ("Giải đấu diễn ra ở Nhà thi đấu Tiên Sơn.", "Nhà thi đấu Tiên Sơn"),
        ("Đêm nhạc được tổ chức tại Nhà hát Lớn Hà Nội.", "Nhà hát Lớn Hà Nội"),
        ("Cổ đông nhận cổ tức tại Khách sạn Rex.", "Khách sạn Rex"),
        ("Hội thảo tại Trung tâm Hội nghị Ariyana.", "Trung tâm Hội nghị Ariyana"),
        ("Buổi giao lưu tại Nhà văn hóa Thanh niên.", "Nhà văn hóa Thanh niên"),
    ],
)
def test_a_body_where_something_is_held_is_a_venue(text: str, venue: str) -> None:
    assert ("LOC", venue) in labelled(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a museum that acts is a body
        ("Bảo tàng Lịch sử Quốc gia vừa công bố bộ sưu tập mới.", "Bảo tàng Lịch sử Quốc gia"),
        ("Ông làm việc cho Nhà hát Kịch Việt Nam từ năm 2001.", "Nhà hát Kịch Việt Nam"),
        # other bodies after "tại" stay bodies
        ("Anh khám bệnh tại Bệnh viện Bạch Mai.", "Bệnh viện Bạch Mai"),
        # where someone works is the body they belong to
        ("Chị từng làm việc tại Nhà hát Tuổi trẻ nhiều năm.", "Nhà hát Tuổi trẻ"),
        ("Các chuyên gia tại Bảo tàng Lịch sử Tự nhiên cho biết.", "Bảo tàng Lịch sử Tự nhiên"),
    ],
)
def test_a_body_that_acts_stays_a_body(text: str, body: str) -> None:
    assert ("ORG", body) in labelled(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trận bán kết diễn ra tại nhà thi đấu Trịnh Hoài Đức.", "Trịnh Hoài Đức"),
        ("Vở diễn ra mắt ở nhà hát Lê Thành Tôn.", "Lê Thành Tôn"),
        ("Học sinh tham quan bảo tàng Võ Nguyên Giáp.", "Võ Nguyên Giáp"),
        ("Khách tham quan bảo tàng Te Papa rất đông.", "Te Papa"),
    ],
)
def test_a_venue_with_a_lower_case_head_named_after_a_person_is_a_place(
    text: str, name: str
) -> None:
    # the head in lower case is left out, the name it gives is the place (guideline rule 15)
    assert labelled(text) == {("LOC", name)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nhà văn hóa" is also a scholar of culture
        ("GS, nhà văn hóa Trần Quốc Vượng cho biết.", {("PER", "Trần Quốc Vượng")}),
        # who runs the venue is named after it
        ("Giám đốc của bảo tàng Jan Smit nói.", {("PER", "Jan Smit")}),
        # a name that goes on with a place is left to the rules for bodies and places
        ("Vở diễn của nhà hát Chèo Việt Nam.", {("LOC", "Việt Nam")}),
        # a person after the venue and a comma stays a person
        ("Tại bảo tàng Louvre, Ngọc Anh chụp ảnh.", {("LOC", "Louvre"), ("PER", "Ngọc Anh")}),
    ],
)
def test_what_follows_a_venue_head_that_is_no_venue(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert labelled(text) == expected
