"""A national team written with a capitalised "Đội tuyển" is its country, as in lower case
(guideline rule 40: "đội tuyển Việt Nam" → LOC "Việt Nam"; the team is not named as an
organisation); a province's or a school's team, or one named by its age ("U23"), is left as
it was. Written short ("ĐT", "ĐTQG") the team is its country too, and a person after the
short noun is no part of a team's name. Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Đội tuyển Nhật Bản sẽ sang Hà Nội vào tuần sau.", "Nhật Bản"),
        ("Người hâm mộ đón Đội tuyển Việt Nam ở sân bay.", "Việt Nam"),
        ("Đội tuyển quốc gia Hàn Quốc có ba cầu thủ mới.", "Hàn Quốc"),
        ("Sau trận hòa, Đội tuyển Bồ Đào Nha xếp thứ hai.", "Bồ Đào Nha"),
    ],
)
def test_a_national_team_is_its_country(text: str, country: str) -> None:
    assert (country, "LOC") in found(text)
    assert not any(label == "ORG" for _, label in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Đội tuyển Hà Nội giành ba huy chương vàng.",
        "Đội tuyển U23 Việt Nam tập luyện chiều qua.",
    ],
)
def test_other_teams_keep_their_label(text: str) -> None:
    assert found(text)[0][1] == "ORG"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hậu vệ này được gọi lên ĐT Anh lần đầu tiên.", "Anh"),
        ("Anh vẫn chưa có suất đá chính ở ĐT Đức.", "Đức"),
        ("Thủ môn từng khoác áo ĐTQG Pháp nay đã giải nghệ.", "Pháp"),
    ],
)
def test_a_national_team_written_short_is_its_country(text: str, country: str) -> None:
    assert (country, "LOC") in found(text)
    assert not any(label == "ORG" for _, label in found(text))


def test_a_person_after_the_short_noun_is_a_person() -> None:
    assert ("Lê Văn Hòa", "PER") in found("Trợ lý HLV trưởng ĐTQG Lê Văn Hòa đã về nước.")
