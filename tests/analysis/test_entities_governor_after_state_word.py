"""A title, "bang" and one foreign word: the word is the state ("Thống đốc bang Jalisco"),
unless it is a person's name, one the text gives a person or one news gives people, with no
other holder of the title beside it: "Thống đốc bang Cuomo" is the governor. Made-up
sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Thống đốc bang Cuomo đã ký lệnh đóng cửa trường học.",
        "Hôm qua Thống đốc bang Newsom tuyên bố tình trạng khẩn cấp.",
    ],
)
def test_a_person_s_name_after_the_state_word_is_the_governor(text: str) -> None:
    assert [label for _, label in found(text)] == ["PER"]


def test_the_text_naming_the_person_makes_the_word_theirs() -> None:
    entities = analyze(
        "Ông Andrew Cuomo phát biểu sáng nay. Thống đốc bang Cuomo nói dịch đã giảm."
    ).entities
    assert [(e.text, e.label) for e in entities] == [("Andrew Cuomo", "PER"), ("Cuomo", "PER")]
    assert entities[0].key == entities[1].key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thống đốc bang Jalisco cho biết mưa lớn đã gây ngập.", [("Jalisco", "LOC")]),
        ("Thống đốc bang New York đã ký lệnh phong tỏa.", [("New York", "LOC")]),
        (
            "Thống đốc bang Hidalgo, Omar Fayad cho biết đám cháy đã được dập tắt.",
            [("Hidalgo", "LOC"), ("Omar Fayad", "PER")],
        ),
        (
            "Ông Ramírez từng là thống đốc bang Lara trong hai nhiệm kỳ.",
            [("Ramírez", "PER"), ("Lara", "LOC")],
        ),
    ],
)
def test_a_state_stays_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
