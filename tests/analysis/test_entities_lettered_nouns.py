"""A capital letter that labels the noun before it ("viêm gan C", "vitamin D", "bảng B",
"nhóm máu O") is no person's initial, even when a sentence ends on it and the next opens
with a capital; "Vitamin D" opening a sentence is no name. A person written with an
initial after a title stays one. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông mắc viêm gan C. Nhóm bệnh nhân này cần theo dõi.", []),
        ("Trẻ được tiêm vắc xin viêm gan B. Tỷ lệ tiêm đạt 90%.", []),
        ("Sữa này được bổ sung vitamin D. Trẻ nên uống mỗi ngày.", []),
        ("Vitamin C có nhiều trong cam, bưởi.", []),
        ("Người có nhóm máu O. Số này chiếm một nửa.", []),
        (
            "Việt Nam rơi vào bảng B. Thái Lan đứng đầu bảng A.",
            [("Việt Nam", "LOC"), ("Thái Lan", "LOC")],
        ),
    ],
)
def test_a_letter_labelling_a_noun_is_no_initial(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_an_initial_after_a_title_is_still_a_person() -> None:
    assert found("Theo ông T. Hùng, trưởng thôn, việc này khó.") == [("T. Hùng", "PER")]
