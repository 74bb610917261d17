"""A verb of what a body does for people ("giúp", "thăm", "tặng", "nhận") ends the body's name
after its field, even when it and its object are two syllables only: "Hội Nông dân giúp dân
tỉnh Hà Giang" is the body and the place. Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Hội Nông dân giúp dân tỉnh Hà Giang trồng rừng.", "Hội Nông dân", "Hà Giang"),
        ("Trung tâm Y tế thăm dân huyện Củ Chi sau lũ.", "Trung tâm Y tế", "Củ Chi"),
        ("Hội Chữ thập đỏ tặng quà huyện Mường Lát dịp Tết.", "Hội Chữ thập đỏ", "Mường Lát"),
    ],
)
def test_a_deed_ends_the_body_s_name(text: str, body: str, place: str) -> None:
    assert found(text) == [(body, "ORG"), (place, "LOC")]


def test_a_field_s_own_lower_case_words_stay() -> None:
    assert found("Trung tâm Phát triển quỹ đất huyện Sóc Sơn vừa họp.") == [
        ("Trung tâm Phát triển quỹ đất huyện Sóc Sơn", "ORG")
    ]
