"""A place that opens a sentence before its comma ("Trên sân San Siro, …") names no list:
the name after the comma is the sentence's subject, labelled as it would be anywhere (issue
9). A list of places after such an opening stays one. Made-up sentences, none from a
benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Trên sân Mestalla, Rooney ghi 2 bàn cho đội khách.", ("PER", "Rooney")),
        ("Tại thành phố Vinh, Nguyễn Văn Hậu được nhiều người biết.", ("PER", "Nguyễn Văn Hậu")),
        ("Đến huyện Cần Đước, Trần Minh Tâm bất ngờ rút dao.", ("PER", "Trần Minh Tâm")),
    ],
)
def test_the_name_after_an_opening_place_is_the_subject(
    text: str, subject: tuple[str, str]
) -> None:
    found = spans(text)
    assert subject in found
    assert ("LOC", subject[1]) not in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Tại xã Tân Lập, Hòa Bắc và Kon Rông, mưa lớn kéo dài.", ["Hòa Bắc", "Kon Rông"]),
        ("Đến xã Đạ Tông, Đạ M'Rông hay Lộc Bắc, đoàn đều được đón tiếp.", ["Đạ M'Rông"]),
    ],
)
def test_a_list_of_places_after_an_opening_place_stays_a_list(text: str, places: list[str]) -> None:
    found = spans(text)
    for place in places:
        assert ("LOC", place) in found


def test_two_places_of_a_list_after_an_opening_place_stay_places() -> None:
    found = spans("Tại huyện Hòa Vang, Phước Ninh bị ngập sâu.")
    assert ("LOC", "Phước Ninh") in found
