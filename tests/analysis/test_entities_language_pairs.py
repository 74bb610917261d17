"""Two countries paired by a dash after a word for languages or translating are the two
languages, no places (guideline rule 40: "hai ngôn ngữ Việt - Anh" is nothing, like "tiếng
Anh"); paired elsewhere they stay places ("quan hệ Việt - Lào", a match "Anh - Pháp"). Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def places(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "LOC"]


@pytest.mark.parametrize(
    "text",
    [
        "Thư viện vừa nhận 200 cuốn từ điển Nga - Việt do trường tặng.",
        "Cô làm phiên dịch Việt - Nhật cho một công ty ở Bình Dương.",
        "Trường dạy song song hai ngôn ngữ Việt - Pháp từ lớp một.",
        "Ông biên soạn bộ Từ điển thuật ngữ kinh tế Anh-Việt.",
    ],
)
def test_a_pair_of_languages_is_no_place(text: str) -> None:
    assert not {"Việt", "Nga", "Nhật", "Pháp", "Anh"} & set(places(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quan hệ Việt - Lào ngày càng gắn bó.", ["Việt", "Lào"]),
        ("Trận đấu Anh - Pháp diễn ra tối qua.", ["Anh", "Pháp"]),
    ],
)
def test_a_pair_elsewhere_stays_two_places(text: str, expected: list[str]) -> None:
    assert places(text) == expected
