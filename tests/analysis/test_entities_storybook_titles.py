"""Storybook and underworld titles before a name (issue 9): "nàng", "chàng", "má mì", "tú
bà" and "trùm" announce a person ("nàng Kiều", "chàng Ba", "má mì Hạnh", "ông trùm Năm
Cam"), but only in lower case or at a sentence's start: capitalised inside a sentence they
are names themselves ("xã Nàng Mao", "nhân vật Tú Bà"). "Việt kiều" after a title is an
overseas Vietnamese, no one's name. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bộ phim kể về cuộc đời của nàng Thúy Vân sau biến cố.", "Thúy Vân"),
        ("Đường dây do má mì Hoa điều hành bị triệt phá.", "Hoa"),
        ("Ông trùm Sáu Lé bị bắt tại nhà riêng.", "Sáu Lé"),
        ("Nàng Mỵ Nương là nhân vật chính của truyện.", "Mỵ Nương"),
    ],
)
def test_a_storybook_title_announces_a_person(text: str, person: str) -> None:
    assert (person, "PER") in labelled(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chị Lan ở xã Nàng Rền, huyện Vị Thủy.", "Rền"),
        ("Khách sạn có nhiều Việt kiều và những chàng Việt kiều nhiều tiền.", "Việt"),
        ("Đại biểu Việt kiều phát biểu tại hội nghị.", "Việt"),
    ],
)
def test_no_person(text: str, name: str) -> None:
    assert (name, "PER") not in labelled(text)
