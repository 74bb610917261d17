"""Caves, streams, creeks, waterfalls, forests, lagoons, islets, wharves, cinemas and
theatres before their name (issue 9, guideline rules 15 and 38): the lower-case word is left
out and the name is a place, even when it reads as a person's ("rạch Ông Tám", "rạp Quốc
Hưng"); capitalised, the word is part of the name ("Bến Ngọc Hà", like "Sông Hồng"). Not the
syllable of a Korean name ("Park Hang Min"), nor the end of another word ("khai thác
Bitcoin", "cháy rừng Dixie"). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Đoàn thám hiểm đã vào hang Pha Lài sâu gần 2 km.", "Pha Lài"),
        ("Nước thải đổ thẳng ra suối Cầu Rào mỗi ngày.", "Cầu Rào"),
        ("Dự án cải tạo rạch Ông Tám sẽ khởi công năm sau.", "Ông Tám"),
        ("Du khách đến thác Đăk Me ngày càng đông.", "Đăk Me"),
        ("Nhiều cây cổ thụ trong rừng Nam Hoa bị chặt.", "Nam Hoa"),
        ("Người dân nuôi cá trên đầm Trà Ổ từ lâu.", "Trà Ổ"),
        ("Các hộ dân ở cồn Phú Đa được di dời.", "Phú Đa"),
        ("Tàu khách cập bến Hòn Sơn lúc 9 giờ.", "Hòn Sơn"),
        ("Vở diễn được công diễn tại rạp Quốc Hưng tối nay.", "Quốc Hưng"),
        ("Đêm nhạc diễn ra ở nhà hát Bình Quới.", "Bình Quới"),
        ("Nhiều căn hộ mọc lên dọc Bến Ngọc Hà.", "Bến Ngọc Hà"),
    ],
)
def test_a_name_after_a_noun_of_nature_or_venue_is_a_place(text: str, place: str) -> None:
    found = labelled(text)
    assert (place, "LOC") in found
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("HLV Park Hang Min đã chốt danh sách đội tuyển.", "Park Hang Min", "PER"),
        ("Họ mua nhiều máy khai thác Bitcoin ở nước ngoài.", "Bitcoin", "MISC"),
    ],
)
def test_not_a_place_noun(text: str, name: str, label: str) -> None:
    found = labelled(text)
    assert (name, label) in found
    assert not any(label == "LOC" for _, label in found)


def test_a_wildfire_is_no_forest() -> None:
    assert not any(label == "LOC" for _, label in labelled("Vụ cháy rừng Dixie lan rộng."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tuyến cáp treo Hòn Vừng sẽ vận hành từ tháng sau.", "Hòn Vừng"),
        ("Ngư dân neo tàu gần Hòn Bạc để tránh gió.", "Hòn Bạc"),
        ("Tối đó, Hòn Mát chìm trong sương.", "Hòn Mát"),
        ("Lễ hội diễn ra dưới chân hòn Vọng Thê.", "Vọng Thê"),
    ],
)
def test_an_islet_written_with_hon_is_a_place(text: str, place: str) -> None:
    # "Hòn" opens an islet's or a rock's name, like "Đảo" ("Hòn Thơm" was written 47 times
    # in a sample of the corpora, found only after "ở", "tới")
    assert (place, "LOC") in labelled(text)


def test_a_lower_case_hon_before_a_common_noun_names_nothing() -> None:
    assert labelled("Cậu bé ném hòn đá xuống hồ.") == set()
