"""Places after a place word (issue 9): a foreign village after "làng" and the villages listed
after it ("bốn làng Kafr Sousa, Mazraa và Binnish"), not a letter ("bãi B"); after a title and
a place word, a name followed by a comma and the person's form of address, or by the place's
country, is the place, not the titled person ("phó chủ tịch quận Lạc Điền, ông Zhao Min",
"Thống đốc tỉnh Chiang Rai, Thái Lan"). Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def test_foreign_villages_listed_after_the_village_word() -> None:
    found = spans("Quân đội nhắm vào bốn làng Kafrsousa, Mazraa, Binnish Hamid và Taftanaz.")
    for village in ("Kafrsousa", "Mazraa", "Binnish Hamid", "Taftanaz"):
        assert ("LOC", village) in found


def test_a_beach_named_by_a_letter_is_no_place() -> None:
    assert spans("Khách tắm ở bãi tắm D và bãi B rất đông.") == set()


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        (
            "Sau đó, phó chủ tịch quận Lạc Điền, ông Zhao Min, phải lên tiếng.",
            "Lạc Điền",
            "Zhao Min",
        ),
        ("Thống đốc tỉnh Chiang Rai Nong, Thái Lan, cho biết.", "Chiang Rai Nong", None),
    ],
)
def test_a_place_after_a_title_and_a_place_word(text: str, place: str, person: str | None) -> None:
    found = spans(text)
    assert ("LOC", place) in found
    if person:
        assert ("PER", person) in found


def test_a_person_after_a_title_and_a_place_word_stays() -> None:
    assert ("PER", "Nguyễn Đức Trung") in spans("Chủ tịch thành phố Nguyễn Đức Trung cho biết.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("HLV lão làng Marco Bellini đã bày tỏ sự thất vọng.", "Marco Bellini"),
        ("Già làng Blong Khiêm của thôn A Rầng kể lại.", "Blong Khiêm"),
    ],
)
def test_an_elder_of_a_village_is_a_person(text: str, person: str) -> None:
    assert ("PER", person) in spans(text)


def test_vietnamese_villages_of_one_letter_or_an_apostrophe() -> None:
    found = spans("Người dân tại làng A Rọk và làng B'nâm đã nhận gạo.")
    assert {("LOC", "A Rọk"), ("LOC", "B'nâm")} <= found


def test_two_people_after_a_title_and_a_place_word() -> None:
    found = spans("Nguyên chủ tịch UBND tỉnh Lê Văn Tiến, ông Dương Thanh Hồng đã dự.")
    assert ("PER", "Lê Văn Tiến") in found
