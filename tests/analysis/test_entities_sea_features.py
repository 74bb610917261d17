"""The reefs and islands of the Spratly and Paracel islands that the news names after "đá" (a
reef), "bãi" or "đảo" are places (guideline rule 15: the lower-case word is left out): "đá Gạc
Ma", "đá Chữ Thập", "đá Vành Khăn" were found only after "đảo" (about 1,300 such mentions in
the corpora). Names that are also words or people's names stay so inside a capitalised name.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tàu hải cảnh neo gần đá Gạc Ma suốt tuần qua.", "Gạc Ma"),
        ("Ảnh vệ tinh cho thấy đường băng trên đá Chữ Thập.", "Chữ Thập"),
        ("Hai tàu cá bị xua đuổi khỏi khu vực đá Vành Khăn.", "Vành Khăn"),
        ("Nhà chức trách lắp radar trên đá Xu Bi từ năm ngoái.", "Xu Bi"),
        ("Binh sĩ đóng quân ở đảo Trường Sa Lớn đón Tết sớm.", "Trường Sa Lớn"),
        ("Tàu tuần tra đi vòng quanh Ba Bình hai lần.", "Ba Bình"),
    ],
)
def test_a_reef_or_an_island_is_a_place(text: str, place: str) -> None:
    assert (place, "LOC") in labelled(text)


def test_a_name_inside_a_longer_name_is_no_reef() -> None:
    assert ("Chữ Thập", "LOC") not in labelled("Hội Chữ thập đỏ tỉnh trao 300 suất quà.")
    assert ("Nguyễn Thị Tứ", "PER") in labelled("Bà Nguyễn Thị Tứ kể lại chuyện cũ.")
