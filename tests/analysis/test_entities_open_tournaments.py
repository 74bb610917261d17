"""Open tournaments named by their place are named events (MISC, guideline rule 17, as the
development sets label "giải Mỹ mở rộng"): "Australia Mở rộng", "Pháp Mở rộng", "giải Dubai
mở rộng", with their year; spelt with another name of the same place, one key. "mở rộng" in
lower case elsewhere is the verb. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Tay vợt trẻ lọt vào vòng 3 Australia Mở rộng sau trận thắng.", "Australia Mở rộng"),
        ("Cô từng là á quân Mỹ Mở rộng.", "Mỹ Mở rộng"),
        ("Anh sẽ dự giải Đức mở rộng vào tháng tới.", "Đức mở rộng"),
        ("Nhà vô địch Pháp Mở rộng 2009 giải nghệ.", "Pháp Mở rộng 2009"),
    ],
)
def test_an_open_named_by_its_place_is_an_event(text: str, event: str) -> None:
    assert (event, "MISC") in found(text)


def test_the_names_of_one_place_give_one_key() -> None:
    keys = {
        e.text: e.key for e in analyze("Sau Australia Mở rộng, cô bỏ giải Úc mở rộng.").entities
    }
    assert keys["Australia Mở rộng"] == keys["Úc mở rộng"]


def test_the_verb_stays_a_verb() -> None:
    assert found("Việt Nam mở rộng hợp tác với Lào.") == [("Việt Nam", "LOC"), ("Lào", "LOC")]


def test_no_tournament_ends_where_two_words_were_glued() -> None:
    # a page that lost its line break: the place is kept, as before
    assert ("Australia", "LOC") in found("Cô thua ở Australia Mở rộngTrận đấu kéo dài 3 giờ.")
