"""A sentence word ("Hiện", "Tuy", "Các", "Trong") that is a name's last syllable after a place
word or a title stays in the name: "phố Tạ Hiện", "cầu Vĩnh Tuy", "Thiếu tướng Phạm Văn Các";
it still ends a name after an initial ("bà C. Sau đó"), and opening a sentence it is no
given name of the text's person. Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Nhiều du khách dạo phố Tạ Hiện vào buổi tối.", "Tạ Hiện", "LOC"),
        ("Xe tải bị kẹt trên cầu Vĩnh Tuy suốt hai giờ.", "Vĩnh Tuy", "LOC"),
        ("Người dân thôn Cây Thông Trong đã được sơ tán.", "Cây Thông Trong", "LOC"),
        ("Thiếu tướng Phạm Văn Các chỉ đạo chuyên án.", "Phạm Văn Các", "PER"),
    ],
)
def test_a_sentence_word_ending_a_name_stays_in_it(text: str, name: str, label: str) -> None:
    assert found(text) == [(name, label)]


def test_a_sentence_word_after_an_initial_ends_the_name() -> None:
    assert found("Hắn đã tấn công bà C. Sau đó, hắn bỏ trốn.") == [("C.", "PER")]


def test_a_sentence_word_opening_a_sentence_is_no_given_name() -> None:
    text = "Thiếu tướng Phạm Văn Các cho biết. Các đối tượng đã bị bắt."
    assert found(text) == [("Phạm Văn Các", "PER")]
