"""A compass point or a word of height that ends a place's name is part of it ("xã Vĩnh Phú
Đông", "đường Trường Sơn Đông", "xã Xuân Thới Thượng"), even where the words before it are
another place of their own: one place, not a place and a region or a person. Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ông Lê Văn Tám, chủ tịch xã Thái Bình Đông, cho biết sẽ đi.", "Thái Bình Đông"),
        ("Bộ Quốc phòng khởi công đường Trường Sơn Tây tại Kon Tum.", "Trường Sơn Tây"),
        ("Gia đình chị Lụa ở khu tập thể Thanh Xuân Nam, Hà Nội, rất vui.", "Thanh Xuân Nam"),
        ("Đoàn công tác thăm đảo Trường Sa Đông thuộc quần đảo Trường Sa.", "Trường Sa Đông"),
        ("Anh Tư (ấp Cây Me, Vĩnh Long Trung) bán được 3 con bò.", "Vĩnh Long Trung"),
        ("Xã Hải Dương Thượng vừa làm xong con đường mới.", "Hải Dương Thượng"),
    ],
)
def test_a_compass_point_ending_a_place_is_part_of_it(text: str, place: str) -> None:
    assert (place, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the word starts another name
        ("Trận đấu giữa Sông Đà Nam Định và Khánh Hòa hoãn lại.", "Sông Đà Nam"),
        ("Du khách từ Hà Nội Hạ Long đều đông.", "Hà Nội Hạ"),
        # "Trung" before a lower-case word starts a word of its own ("Trung tâm")
        ("Hội nghị ở Hà Nội Trung tâm hội nghị mở cửa.", "Hà Nội Trung"),
        # after a region that ends with a compass point already
        ("Mưa lớn ở miền Bắc Trung bộ kéo dài.", "miền Bắc Trung"),
    ],
)
def test_a_compass_point_starting_a_name_stays_apart(text: str, wrong: str) -> None:
    assert wrong not in [name for name, _ in found(text)]
